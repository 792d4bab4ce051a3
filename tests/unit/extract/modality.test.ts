import { describe, expect, it } from 'vitest';
import { MODALITY_WINDOW, modality } from '../../../src/extract/modality.ts';
import { prepareDoc } from '../../../src/pipeline/prepare-doc.ts';
import { DEFAULT_MAX_SENTENCE_CHARS } from '../../../src/segment/split-sentences.ts';
import type { Modality } from '../../../src/types.ts';
import { analyze, factsBetween, makeArticle } from '../../fixtures/nlp/make-article.ts';

describe('modality of extracted facts', () => {
  it.each<[string, Modality]>([
    ['蚂蚁集团推出了花呗。', 'asserted'],
    ['据报导，蚂蚁集团推出了花呗。', 'reported'],
    ['据知情人士透露，蚂蚁集团推出了花呗。', 'reported'],
    ['蚂蚁集团可能推出花呗。', 'hedged'],
    ['蚂蚁集团拟推出花呗。', 'hedged'],
    ['蚂蚁集团考虑推出花呗。', 'hedged'],
    ['蚂蚁集团或将推出花呗。', 'hedged'],
    ['蚂蚁集团否认推出花呗。', 'negated'],
    ['蚂蚁集团尚未推出花呗。', 'negated'],
    ['蚂蚁集团没有推出花呗。', 'negated'],
    ['据报导，蚂蚁集团尚未推出花呗。', 'negated'],
    ['据报导，蚂蚁集团拟推出花呗。', 'hedged'],
    ['蚂蚁集团试图推出花呗。', 'hedged'],
    ['蚂蚁集团企图推出花呗。', 'hedged'],
    ['蚂蚁集团准备推出花呗。', 'hedged'],
    ['蚂蚁集团计划推出花呗。', 'hedged'],
    ['蚂蚁集团打算推出花呗。', 'hedged'],
    ['蚂蚁集团有意推出花呗。', 'hedged'],
    ['蚂蚁集团下调存款准备金率后推出了花呗。', 'asserted'],
    ['蚂蚁集团在虚拟展会上推出了花呗。', 'asserted'],
    ['蚂蚁集团经过模拟测试后推出了花呗。', 'asserted'],
    ['如果蚂蚁集团推出了花呗，监管会怎么办？', 'hedged'],
    ['一旦蚂蚁集团推出花呗，市场将受冲击。', 'hedged'],
    ['监管不让蚂蚁集团推出花呗。', 'negated'],
    ['蚂蚁集团不得推出花呗。', 'negated'],
    ['专家：勿让蚂蚁集团推出花呗', 'negated'],
    ['报导不准确：蚂蚁集团推出了花呗。', 'reported'],
    // A disclosure (交易所披露, 文件披露) is a source the fact is attributed to.
    ['港交所文件披露，蚂蚁集团推出了花呗。', 'reported'],
    ['一位高管向记者证实，蚂蚁集团推出了花呗。', 'reported'],
    ['裁定书还显示，蚂蚁集团推出了花呗。', 'reported'],
  ])('%s → %s', (text, expected) => {
    const [fact] = factsBetween(analyze(text), 'LAUNCHED', '蚂蚁集团', '花呗');
    expect(fact?.evidence.modality).toBe(expected);
  });

  it('lowers the confidence of hedged and negated facts', () => {
    const asserted = factsBetween(analyze('蚂蚁集团推出了花呗。'), 'LAUNCHED', '蚂蚁集团', '花呗')[0]!;
    const hedged = factsBetween(analyze('蚂蚁集团可能推出花呗。'), 'LAUNCHED', '蚂蚁集团', '花呗')[0]!;
    const negated = factsBetween(analyze('蚂蚁集团否认推出花呗。'), 'LAUNCHED', '蚂蚁集团', '花呗')[0]!;
    expect(hedged.confidence).toBeLessThan(asserted.confidence);
    expect(negated.confidence).toBeLessThan(asserted.confidence);
  });
});

describe('modality', () => {
  const s = '蚂蚁集团推出了花呗，但马云没有出席。';
  it('looks for negation only around the fact, not elsewhere in the sentence', () => {
    expect(modality(s, 0, 10)).toBe('asserted');
    expect(modality(s, 12, 19)).toBe('negated');
  });

  it('does not read 未来 or 未知 as a negation', () => {
    expect(modality('蚂蚁集团未来推出花呗。', 0, 11)).toBe('asserted');
  });

  it('looks for hedges before the end of the fact only', () => {
    expect(modality('蚂蚁集团推出了花呗，下月可能涨价。', 0, 10)).toBe('asserted');
  });

  it('looks for hedging and reporting cues only within a bounded window of the fact', () => {
    const filler = '甲'.repeat(MODALITY_WINDOW + 10);
    const fact = '蚂蚁集团推出了花呗';
    expect(modality(`可能${filler}${fact}`, 2 + filler.length, 2 + filler.length + fact.length)).toBe('asserted');
    expect(modality(`可能${fact}`, 2, 2 + fact.length)).toBe('hedged');
    expect(modality(`${fact}${filler}据悉`, 0, fact.length)).toBe('asserted');
    expect(modality(`${fact}，据悉`, 0, fact.length)).toBe('reported');
  });
});

describe('cost on text without sentence punctuation', () => {
  it('cuts an unpunctuated 200,000-character line into bounded sentences and analyses it', () => {
    const line = '蚂蚁集团可能推出花呗马云没有出席据悉'.repeat(10_000);
    const doc = prepareDoc(makeArticle(line));
    expect(Math.max(...doc.sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(DEFAULT_MAX_SENTENCE_CHARS);
    // Quadratic before: every fact's modality scanned the whole 200,000-character sentence.
    const result = analyze(line);
    expect(result.facts.length).toBeGreaterThan(0);
    for (const f of result.facts) expect(f.evidence.sentence.length).toBeLessThanOrEqual(DEFAULT_MAX_SENTENCE_CHARS);
  }, 60_000);
});

describe('facts a noun phrase states', () => {
  it('are not hedged or reported by the clause around them', () => {
    const result = analyze('据报导，监管部门可能调查马云旗下的蚂蚁集团，蚂蚁集团董事长井贤栋表示配合。');
    expect(factsBetween(result, 'CONTROLS', '马云', '蚂蚁集团')[0]?.evidence.modality).toBe('asserted');
    expect(factsBetween(result, 'LEADS', '井贤栋', '蚂蚁集团')[0]?.evidence.modality).toBe('asserted');
  });

  it('keep a cue inside the phrase', () => {
    const [fact] = factsBetween(analyze('蚂蚁集团拟任董事长井贤栋表示配合。'), 'LEADS', '井贤栋', '蚂蚁集团');
    expect(fact?.evidence.modality).toBe('hedged');
  });

  it('leave verb facts to the whole clause', () => {
    const [fact] = factsBetween(analyze('中国人民银行可能约谈蚂蚁集团。'), 'REGULATES', '中国人民银行', '蚂蚁集团');
    expect(fact?.evidence.modality).toBe('hedged');
  });
});

describe('plans, doubts and contents read as stated (third judged sample)', () => {
  const modalityOf = (text: string, type: string, subject: string, object: string) => factsBetween(analyze(text), type, subject, object)[0]?.evidence.modality;
  it.each<[string, string, string, string, string, Modality]>([
    ['将 before a cue verb is a plan', '甲骨文公司将持有字节跳动的少数股权。', 'INVESTS_IN', '甲骨文', '字节跳动', 'hedged'],
    ['…即将 too', '蚂蚁集团即将推出花呗。', 'LAUNCHED', '蚂蚁集团', '花呗', 'hedged'],
    ['将 before a name is the object marker', '美国商务部将华为列入实体清单。', 'REGULATES', '美国商务部', '华为', 'asserted'],
    ['疑似 hedges', '据称德国政府疑似限制华为。', 'REGULATES', '德国政府', '华为', 'hedged'],
    ['a bare 不 before the cue verb negates', '德国政府以不禁用华为为条件。', 'REGULATES', '德国政府', '华为', 'negated'],
    ['不敢 negates', '国家网信办不敢下架微信。', 'REGULATES', '国家互联网信息办公室', '微信', 'negated'],
    ['a voice calling for it is not the fact', '美国制裁中兴的声音不绝于耳。', 'REGULATES', '美国', '中兴通讯', 'hedged'],
    ['…nor is a rumour', '腾讯收购搜狗的传闻再起。', 'CONTROLS', '腾讯', '搜狗', 'hedged'],
    ['a fact followed by 的 and a plain noun is still stated', '美国制裁中兴的决定震动业界。', 'REGULATES', '美国', '中兴通讯', 'asserted'],
  ])('%s: %s', (_what, text, type, subject, object, expected) => {
    expect(modalityOf(text, type, subject, object)).toBe(expected);
  });

  it('若 inside a name is no condition', () => {
    expect(modality('律政司司长郑若骅表示，政府将修例。', 0, 9)).toBe('asserted');
    expect(modality('若英伟达收购安谋，情况会变。', 1, 8)).toBe('hedged');
  });

  it('someone’s account (的说法) is a source, not a hedge', () => {
    expect(modality('根据李光耀的说法，有两个特征。', 2, 5)).toBe('reported');
  });
});

describe('bids, proposals, possibilities, purposes and refusals (fourth judged sample)', () => {
  const modalityOf = (text: string, type: string, subject: string, object: string) => factsBetween(analyze(text), type, subject, object)[0]?.evidence.modality;
  it.each<[string, string, string, string, string, Modality]>([
    ['joining a bid is no acquisition yet', '沃尔玛加入收购抖音的行列。', 'CONTROLS', '沃尔玛', '抖音', 'hedged'],
    ['a proposal to blacklist is no listing yet', '美国国务院递交提案，要求将华为列入实体清单。', 'REGULATES', '美国国务院', '华为', 'hedged'],
    ['what a country could do is not done', '美国可以制裁中兴通讯。', 'REGULATES', '美国', '中兴通讯', 'hedged'],
    ['a takeover turned down did not happen', '腾讯收购搜狗遭股东否决。', 'CONTROLS', '腾讯', '搜狗', 'negated'],
    // (腾讯：不要投资蚂蚁集团 is advice to others, and gives no fact of 腾讯 at all: judged-error-patterns.test.ts.)
    ['advice against (不要) is no investment', '腾讯决定不要投资蚂蚁集团。', 'INVESTS_IN', '腾讯', '蚂蚁集团', 'negated'],
    ['…nor is 不应', '腾讯不应投资蚂蚁集团。', 'INVESTS_IN', '腾讯', '蚂蚁集团', 'negated'],
  ])('%s: %s', (_what, text, type, subject, object, expected) => {
    expect(modalityOf(text, type, subject, object)).toBe(expected);
  });

  it('what a step is for (以建立) is not done yet', () => {
    expect(modality('日本正与印度接触，以建立新的合作网络。', 0, 7)).toBe('hedged');
  });
});

describe('conditions, deals that fell through and withheld approvals (seed-9091 judged sample)', () => {
  const modalityOf = (text: string, type: string, subject: string, object: string) => factsBetween(analyze(text), type, subject, object)[0]?.evidence.modality;
  it.each<[string, string, string, string, string, Modality]>([
    ['只要 states a condition', '专家认为，只要腾讯仍持有京东的股权，就还是大股东。', 'INVESTS_IN', '腾讯', '京东', 'hedged'],
    ['…只要求 is a demand, no condition', '证监会只要求腾讯收购京东后整改。', 'CONTROLS', '腾讯', '京东', 'asserted'],
    ['a deal that fell through (泡汤) did not happen', '腾讯收购京东股份一事也泡汤。', 'INVESTS_IN', '腾讯', '京东', 'negated'],
    ['…nor one that was called off (已终止)', '腾讯入股京东的交易已终止。', 'INVESTS_IN', '腾讯', '京东', 'negated'],
    ['a regulator holding back its approval regulates', '证监会对恒大的重组迟迟没有放行。', 'REGULATES', '中国证券监督管理委员会', '恒大', 'asserted'],
    ['…and one refusing it (不予批准)', '证监会对恒大的重组不予批准。', 'REGULATES', '中国证券监督管理委员会', '恒大', 'asserted'],
    ['a plain denial of an act is still negated', '证监会否认调查恒大。', 'REGULATES', '中国证券监督管理委员会', '恒大', 'negated'],
  ])('%s', (_what, text, type, subject, object, expected) => {
    expect(modalityOf(text, type, subject, object)).toBe(expected);
  });
});

describe('a question hedges its own clause only (seed-9091 judged sample)', () => {
  it.each<[string, Modality]>([
    ['记者问及蚂蚁集团是否会上市，马云宣布蚂蚁集团推出了花呗。', 'asserted'],
    ['外界关注蚂蚁集团是否推出了花呗。', 'hedged'],
  ])('%s → %s', (text, expected) => {
    expect(factsBetween(analyze(text), 'LAUNCHED', '蚂蚁集团', '花呗').at(-1)?.evidence.modality).toBe(expected);
  });
});
