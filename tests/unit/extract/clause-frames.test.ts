import { describe, expect, it } from 'vitest';
import { analyze, describeFacts, makeDoc } from '../../fixtures/nlp/make-article.ts';
import type { EntityType } from '../../../src/types.ts';
import { FRAME_TRIGGERS } from '../../../src/extract/frame-triggers.ts';
import { frameFacts } from '../../../src/extract/clause-frames.ts';
import { buildAnchors, type Anchor } from '../../../src/extract/extract-relations.ts';

/** The clause frames' own facts over a sentence (before the pair rules' facts are set beside them). */
function frames(text: string): string[] {
  const r = analyze(text);
  const nameOf = (key: string) => r.entities.find((e) => e.key === key)?.name ?? key;
  const anchors = buildAnchors(r.doc, r.entities.flatMap((e) => e.mentions), []);
  return frameFacts(r.doc, anchors).map((f) => `${f.type} ${nameOf(f.subject)}→${nameOf(f.object)}`);
}
const facts = (text: string) => describeFacts(analyze(text)).map((f) => f.replace(/ \[.*\]$/, ''));

describe('clause frame triggers (every row’s own examples)', () => {
  for (const row of FRAME_TRIGGERS) {
    describe(row.id, () => {
      it.each(row.positive.map(([text, expected]) => [text, expected] as const))('gives the stated facts: %s', (text, expected) => {
        const got = frames(text);
        for (const f of expected) expect(got).toContain(f);
      });
      it.each(row.negative.map(([text, refused]) => [text, refused] as const))('does not misread: %s', (text, refused) => {
        const got = frames(text);
        for (const f of refused) expect(got).not.toContain(f);
      });
    });
  }
});

/** Frames over hand-placed entities (the invented names, which no recogniser knows): key = name. */
function framesOver(text: string, entities: Record<string, EntityType>): string[] {
  const doc = makeDoc(text);
  const anchors: Anchor[] = [];
  for (const [name, type] of Object.entries(entities)) {
    for (let at = doc.norm.indexOf(name); at >= 0; at = doc.norm.indexOf(name, at + name.length)) anchors.push({ start: at, end: at + name.length, key: name, type, coref: false });
  }
  anchors.sort((a, b) => a.start - b.start);
  return frameFacts(doc, anchors).map((f) => `${f.type} ${f.subject}→${f.object}`);
}

const GOV = 'GovernmentBody' as const;
describe('clause frames on the issue’s sentences', () => {
  it('gives every regulator × every listed party (甲集团 and three titled people): 16 REGULATES', () => {
    const got = framesOver('中国人民银行、银保监会、证监会和外汇局对甲集团实际控制人张三、董事长李四、总裁王五进行了监管约谈。', {
      中国人民银行: GOV, 银保监会: GOV, 证监会: GOV, 外汇局: GOV, 甲集团: 'Company', 张三: 'Person', 李四: 'Person', 王五: 'Person',
    });
    const expected = ['中国人民银行', '银保监会', '证监会', '外汇局'].flatMap((r) => ['甲集团', '张三', '李四', '王五'].map((p) => `REGULATES ${r}→${p}`));
    expect([...new Set(got)].sort()).toEqual(expected.sort());
  });

  it.each([
    ['甲公司被网信办要求下架其应用。', 'REGULATES 网信办→甲公司'],
    ['网信办对甲公司实施网络安全审查。', 'REGULATES 网信办→甲公司'],
    ['市场监管总局对甲公司处以182亿元罚款。', 'REGULATES 市场监管总局→甲公司'],
  ])('reads %s', (text, fact) => {
    expect(framesOver(text, { 甲公司: 'Company', 网信办: GOV, 市场监管总局: GOV })).toEqual([fact]);
  });

  it('gives every member of a quoted list after 旗下 (甲集团旗下「乙」及「丙」等产品)', () => {
    expect(framesOver('甲集团旗下「乙」及「丙」等产品。', { 甲集团: 'Company', 乙: 'Product', 丙: 'Product' }).sort()).toEqual(['CONTROLS 甲集团→丙', 'CONTROLS 甲集团→乙']);
  });

  it('reads each clause of a sentence on its own (；)', () => {
    const got = framesOver('甲公司被网信办要求下架其应用；网信办对乙公司实施网络安全审查；市场监管总局对丙公司处以182亿元罚款。', {
      甲公司: 'Company', 乙公司: 'Company', 丙公司: 'Company', 网信办: GOV, 市场监管总局: GOV,
    });
    expect(got.sort()).toEqual(['REGULATES 网信办→甲公司', 'REGULATES 网信办→乙公司', 'REGULATES 市场监管总局→丙公司'].sort());
  });

  it('carries the subject over a comma to a clause that has none (X表示，已对Y…)', () => {
    expect(framesOver('市场监管总局周五表示，已对甲公司和乙公司立案调查。', { 市场监管总局: GOV, 甲公司: 'Company', 乙公司: 'Company' }).sort())
      .toEqual(['REGULATES 市场监管总局→乙公司', 'REGULATES 市场监管总局→甲公司']);
  });
});

describe('clause frames: the error patterns of the issue', () => {
  it('takes no 的-modifier as a slot filler (依法起诉江泽民的法轮功学员)', () => {
    expect(framesOver('依法起诉江泽民的法轮功学员越来越多。', { 江泽民: 'Person', 法轮功: 'Organization' })).toEqual([]);
    expect(framesOver('检察院依法起诉江泽民的亲信。', { 检察院: GOV, 江泽民: 'Person' })).toEqual([]);
  });

  it('takes no byline name as a party (记者张三报道，证监会约谈了甲公司)', () => {
    const got = framesOver('记者张三报道，证监会约谈了甲公司。', { 张三: 'Person', 证监会: GOV, 甲公司: 'Company' });
    expect(got).toEqual(['REGULATES 证监会→甲公司']);
  });

  it('does not carry a subject into a clause that names its own (张三表示，甲公司将对乙公司…)', () => {
    expect(framesOver('证监会表示，甲公司将对乙公司进行调查。', { 证监会: GOV, 甲公司: 'Company', 乙公司: 'Company' })).toEqual([]);
  });

  it('reads no trigger inside a name (产业投资基金, 监督管理总局)', () => {
    expect(framesOver('甲投资基金和乙公司签约。', { 乙公司: 'Company', 丙: 'Company' })).toEqual([]);
    expect(framesOver('国家市场监督管理总局和甲公司签约。', { 国家市场监督管理总局: GOV, 甲公司: 'Company' })).toEqual([]);
  });

  it('keeps a stake apart from control (收购X的股份 is no CONTROLS)', () => {
    expect(framesOver('甲公司收购了乙公司的少数股份。', { 甲公司: 'Company', 乙公司: 'Company' })).toEqual(['INVESTS_IN 甲公司→乙公司']);
  });
});

describe('clause frames beside the pair rules', () => {
  it('adds nothing the pair rules already give for the same sentence', () => {
    const rules = describeFacts(analyze('证监会约谈了蚂蚁集团。')).filter((f) => f.startsWith('REGULATES'));
    expect(rules).toEqual(['REGULATES 中国证券监督管理委员会→蚂蚁集团 [regulates-verb]']);
  });

  it('names the trigger word itself in the evidence, with the sentence’s offsets', () => {
    const r = analyze('前言。证监会周五表示，已对腾讯和百度立案调查。');
    const f = r.facts.find((x) => x.evidence.rule === 'frame-regulates-investigate')!;
    expect(f.evidence.trigger).toBe('立案调查');
    expect(r.doc.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.sentence);
    expect(f.evidence.sentence).toBe('证监会周五表示，已对腾讯和百度立案调查。');
  });
});

describe('a clause whose subject the text does not name carries no subject on', () => {
  it.each([
    ['a name before 的 (X的部下…)', '十月二日，甲集团的部下、专员某人，被纪委带走调查。', { 甲集团: 'Company', 纪委: GOV }],
    ['a name before a title without a name', '乙学院中方院长卷入案件，遭联邦调查局调查后死亡。', { 乙学院: 'Organization', 联邦调查局: GOV }],
  ] as const)('%s: %s', (_what, text, entities) => {
    expect(framesOver(text, entities as Record<string, EntityType>)).toEqual([]);
  });
  it('still carries a named subject (甲集团表示，已被纪委约谈)', () => {
    expect(framesOver('甲集团周五表示，已被纪委约谈。', { 甲集团: 'Company', 纪委: GOV })).toEqual(['REGULATES 纪委→甲集团']);
  });
});

describe('a company’s announcement carried into the deal it announces', () => {
  /** type subject→object and modality of the whole pipeline's facts. */
  const dealFacts = (text: string) => {
    const r = analyze(text);
    const nameOf = (key: string) => r.entities.find((e) => e.key === key)?.name ?? key;
    return r.facts.map((f) => `${f.type} ${nameOf(f.subject)}→${nameOf(f.object)} ${f.evidence.modality}`);
  };

  it.each<[string, string]>([
    ['万科周五宣布，将收购华润集团。', 'CONTROLS 万科→华润集团 hedged'],
    ['万科周五表示，拟收购华润集团。', 'CONTROLS 万科→华润集团 hedged'],
    ['万科周五表示，计划收购华润集团。', 'CONTROLS 万科→华润集团 hedged'],
    ['万科周五公告，打算增持华润集团股份。', 'INVESTS_IN 万科→华润集团 hedged'],
    ['万科周五公告，已完成收购华润集团。', 'CONTROLS 万科→华润集团 asserted'],
    ['万科周五公告，公司已完成收购华润集团。', 'CONTROLS 万科→华润集团 asserted'],
    ['万科周五公告，上述公司拟收购华润集团。', 'CONTROLS 万科→华润集团 hedged'],
  ])('gives the deal to the announcing company: %s', (text, expected) => {
    expect(dealFacts(text)).toContain(expected);
  });

  it.each<[string, string]>([
    // Another company names the buyer in the clause: the announcer is not it.
    ['碧桂园周五宣布，万科将收购华润集团。', 'CONTROLS 碧桂园→华润集团'],
    // 计划 as a noun (计划书) is no intention to buy.
    ['万科周五表示，计划书提到华润集团。', 'CONTROLS 万科→华润集团'],
    // Two companies in reach of 公司: no guess.
    ['碧桂园和万科周五公告，公司拟收购华润集团。', 'CONTROLS 万科→华润集团'],
  ])('does not misread: %s', (text, refused) => {
    expect(dealFacts(text).map((f) => f.replace(/ \w+$/, ''))).not.toContain(refused);
  });
});
