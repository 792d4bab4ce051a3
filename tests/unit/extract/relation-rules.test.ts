import { describe, expect, it } from 'vitest';
import { analyze, describeFacts } from '../../fixtures/nlp/make-article.ts';

const facts = (text: string) => describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''));

// Pair-rule rows and list readings added for relations stated in new-outlet news (issue 11): each with invented
// sentences it must read and sentences it must not misread. Names are the lexicon's.
const ROWS: ReadonlyArray<{ id: string; positive: ReadonlyArray<readonly [string, string]>; negative: ReadonlyArray<readonly [string, string]> }> = [
  {
    id: 'regulates-license-to (X批出牌照予Y)',
    positive: [
      ['香港金融管理局上月批出虚拟银行牌照予蚂蚁集团。', 'REGULATES 香港金融管理局→蚂蚁集团'],
      ['香港金融管理局去年发出储值支付工具牌照给腾讯和蚂蚁集团。', 'REGULATES 香港金融管理局→蚂蚁集团'],
    ],
    negative: [
      ['香港金融管理局上月批出一笔资金予蚂蚁集团。', 'REGULATES 香港金融管理局→蚂蚁集团'],
      ['腾讯批出虚拟银行牌照予蚂蚁集团的报道有误。', 'REGULATES 腾讯→蚂蚁集团'],
    ],
  },
  {
    id: 'operates-kind-de (X的移动支付网络Y)',
    positive: [
      ['阿里巴巴集团的移动支付网络支付宝在海外扩张。', 'OPERATES 阿里巴巴集团→支付宝'],
      ['腾讯旗下的即时通讯软件微信用户众多。', 'OPERATES 腾讯→微信'],
    ],
    negative: [
      ['阿里巴巴集团的员工常用微信。', 'OPERATES 阿里巴巴集团→微信'],
      ['阿里巴巴集团的竞争对手微信增长很快。', 'OPERATES 阿里巴巴集团→微信'],
    ],
  },
  {
    id: 'operates-is-business (Y是X的支付业务)',
    positive: [
      ['支付宝是蚂蚁集团的支付业务。', 'OPERATES 蚂蚁集团→支付宝'],
      ['微信是腾讯的社交平台。', 'OPERATES 腾讯→微信'],
    ],
    negative: [
      ['支付宝是腾讯的竞争对手。', 'OPERATES 腾讯→支付宝'],
      ['微信是阿里巴巴的平台商最怕的对手。', 'OPERATES 阿里巴巴集团→微信'],
    ],
  },
  {
    id: 'partners-with (X与Y合办Z) and partners-found-together (X与Y，去年在北京成立Z)',
    positive: [
      ['清华大学与腾讯去年合办一所研究院。', 'PARTNERS_WITH 清华大学→腾讯'],
      ['华为与清华大学、中国人民银行，去年在北京成立联合实验室。', 'PARTNERS_WITH 华为→中国人民银行'],
    ],
    negative: [
      ['华为与腾讯成立于同一年。', 'PARTNERS_WITH 华为→腾讯'],
      ['腾讯与华为争夺市场，去年成立了新部门。', 'PARTNERS_WITH 腾讯→华为'],
    ],
  },
  {
    id: 'a name printed alone in title or quote marks (与《X》合作): the marks are the name\'s, not the gap\'s',
    positive: [
      ['清华大学与《香港01》合作进行了一项调查。', 'PARTNERS_WITH 清华大学→香港01'],
      ['腾讯与「阿里巴巴」签署协议。', 'PARTNERS_WITH 腾讯→阿里巴巴集团'],
    ],
    negative: [
      ['清华大学与“香港01的读者”合作进行了一项调查。', 'PARTNERS_WITH 清华大学→香港01'],
      ['清华大学的《香港01》专栏与读者合作。', 'PARTNERS_WITH 清华大学→香港01'],
    ],
  },
  {
    id: 'located-kind-list past a place printed before a member (中国公司，包括A、中国B)',
    positive: [
      ['美国禁止投资多家中国公司，包括腾讯、中国航天科技集团公司、华为等。', 'LOCATED_IN 华为→中国'],
      ['美国制裁了几家中国企业，包括腾讯、中国航天科技集团公司和华为。', 'LOCATED_IN 华为→中国'],
    ],
    negative: [
      ['美国制裁了几家中国公司，包括腾讯、华为，美国苹果公司不在其中。', 'LOCATED_IN 苹果公司→中国'],
      ['几家中国公司，包括腾讯、美国苹果公司和华为，都受影响。', 'LOCATED_IN 苹果公司→中国'],
    ],
  },
  {
    id: 'located-place-chain (湖北宜昌市中级人民法院, 北京市大兴区网友: a place right after another lies in it)',
    positive: [
      ['湖北宜昌市中级人民法院判处被告三年徒刑。', 'LOCATED_IN 宜昌→湖北'],
      ['北京市大兴区网友发帖抱怨。', 'LOCATED_IN 大兴区→北京'],
    ],
    negative: [
      ['香港西区隧道有限公司调整收费。', 'LOCATED_IN 西区→香港'],
      ['驻美国台北经济文化代表处发表声明。', 'LOCATED_IN 台北→美国'],
    ],
  },
  {
    id: 'partners-with past an unnamed owner of the second party (X与当地报业的Y签署协议)',
    positive: [
      ['腾讯与当地报业的《明报》签署协议。', 'PARTNERS_WITH 腾讯→明报'],
      ['清华大学和一家财团的腾讯合作开发新药。', 'PARTNERS_WITH 清华大学→腾讯'],
    ],
    negative: [
      ['清华大学的教授与当地报业的《明报》签署协议。', 'PARTNERS_WITH 清华大学→明报'],
      ['腾讯与当地报业的领导人会面后，明报发表了文章。', 'PARTNERS_WITH 腾讯→明报'],
    ],
  },
  {
    id: 'a title and the name apart by spaces (中新社记者 张可佳 摄): a credit line, the title is the name\'s',
    positive: [
      ['资料图。中新社记者 张可佳 摄', 'WORKS_FOR 张可佳→中国新闻社'],
      ['腾讯总裁 马化腾出席了会议。', 'LEADS 马化腾→腾讯'],
    ],
    negative: [
      ['腾讯 马化腾出席了会议。', 'WORKS_FOR 马化腾→腾讯'],
      ['腾讯记者会上 马化腾发言。', 'WORKS_FOR 马化腾→腾讯'],
    ],
  },
  {
    id: 'located-nested-place with a direction word between (广东东部汕头, 湖南西北张家界)',
    positive: [
      ['暴雨袭击了广东东部汕头。', 'LOCATED_IN 汕头→广东'],
      ['记者来到湖南西北张家界。', 'LOCATED_IN 张家界→湖南'],
    ],
    negative: [
      ['广东东部和汕头都下雨。', 'LOCATED_IN 汕头→广东'],
      ['美国西部的中国游客很多。', 'LOCATED_IN 中国→美国'],
    ],
  },
  {
    id: 'located-name-hq (华坚集团东莞总部, 阿里巴巴的杭州总部)',
    positive: [
      ['记者走访了阿里巴巴的杭州总部。', 'LOCATED_IN 阿里巴巴集团→杭州'],
      ['腾讯深圳总部的员工很多。', 'LOCATED_IN 腾讯→深圳'],
    ],
    negative: [
      ['腾讯北京办公室的员工说。', 'LOCATED_IN 腾讯→北京'],
      ['腾讯派人去杭州总部附近的工厂。', 'LOCATED_IN 腾讯→杭州'],
    ],
  },
  {
    id: 'partners-verb with 联合 right before the partner (X联合Y开启活动)',
    positive: [
      ['阿里巴巴今天联合腾讯发布了一份报告。', 'PARTNERS_WITH 阿里巴巴集团→腾讯'],
      ['清华大学联合华为举办了一场比赛。', 'PARTNERS_WITH 清华大学→华为'],
    ],
    negative: [
      ['腾讯联合创始人张志东离职。', 'PARTNERS_WITH 腾讯→张志东'],
      ['阿里巴巴联合腾讯的对手发布了一份报告。', 'PARTNERS_WITH 阿里巴巴集团→腾讯'],
    ],
  },
];

describe('pair rules for relations stated in news (issue 11)', () => {
  for (const row of ROWS) {
    describe(row.id, () => {
      it.each(row.positive.map(([t, f]) => [t, f] as const))('reads: %s', (text, fact) => expect(facts(text)).toContain(fact));
      it.each(row.negative.map(([t, f]) => [t, f] as const))('does not misread: %s', (text, fact) => expect(facts(text)).not.toContain(fact));
    });
  }
});
