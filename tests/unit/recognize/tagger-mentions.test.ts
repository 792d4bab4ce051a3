import { describe, expect, it } from 'vitest';
import { DEFAULT_RECOGNIZE_OPTIONS, recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { DEFAULT_TAGGER_OPTIONS, taggerMentions } from '../../../src/recognize/tagger-mentions.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const lexicon = loadLexicon();
const OFF = { ...DEFAULT_RECOGNIZE_OPTIONS, tagger: false as const };
const show = (ms: ReturnType<typeof recognizeMentions>) => ms.map((m) => `${m.norm}/${m.type}/${m.rule ?? m.source}`);

describe('the name tagger as the last recogniser', () => {
  it('adds people that no lexicon entry, hint or rule found, with rule tagger', () => {
    const text = '昨天，王剑和陈奎德在会上发言，冯崇义没有出席。';
    expect(show(recognizeMentions(makeDoc(text), lexicon, OFF))).toEqual([]);
    expect(show(recognizeMentions(makeDoc(text), lexicon))).toEqual(['王剑/Person/tagger', '陈奎德/Person/tagger', '冯崇义/Person/tagger']);
  });

  it('never overrides or overlaps what the lexicon found', () => {
    const text = '美国国务卿蓬佩奥今天抵达北京会见王毅，昨天冯崇义在会上发言。';
    const off = recognizeMentions(makeDoc(text), lexicon, OFF);
    const on = recognizeMentions(makeDoc(text), lexicon);
    expect(off.every((m) => m.source === 'lexicon')).toBe(true);
    // Every lexicon mention is still there, unchanged, and nothing the tagger adds overlaps one.
    for (const m of off) expect(on).toContainEqual(m);
    const added = on.filter((m) => m.rule === 'tagger');
    expect(show(added)).toEqual(['冯崇义/Person/tagger']);
    for (const a of added) for (const m of off) expect(a.end <= m.start || a.start >= m.end).toBe(true);
  });

  it('places nothing on characters already taken, and nothing that is a lexicon name', () => {
    const doc = makeDoc('昨天，王剑和陈奎德在会上发言。');
    expect(taggerMentions(doc, lexicon, new Uint8Array(doc.text.length).fill(1))).toEqual([]);
    expect(taggerMentions(doc, lexicon, new Uint8Array(doc.text.length)).map((m) => m.norm)).toEqual(['王剑', '陈奎德']);
    const known = makeDoc('昨天，王毅在会上发言。');
    expect(taggerMentions(known, lexicon, new Uint8Array(known.text.length))).toEqual([]);
  });

  it('keeps only the types asked for', () => {
    const doc = makeDoc('昨天，王剑在会上发言。');
    expect(taggerMentions(doc, lexicon, new Uint8Array(doc.text.length), { ...DEFAULT_TAGGER_OPTIONS, types: new Set(['Location']) })).toEqual([]);
  });

  it('adds China’s towns, districts and counties by the division gazetteer, and no other places', () => {
    const text = '昨天，记者来到汶川和叶城采访当地居民。';
    expect(show(recognizeMentions(makeDoc(text), lexicon, OFF))).toEqual([]);
    expect(show(recognizeMentions(makeDoc(text), lexicon))).toEqual(['汶川/Location/tagger', '叶城/Location/tagger']);
    expect(recognizeMentions(makeDoc('该公司的子公司和关联公司均受影响，华东地区也不例外。'), lexicon).filter((m) => m.rule === 'tagger')).toEqual([]);
  });

  it('ties a division’s short form to its full name on the same page: one node', () => {
    const ms = recognizeMentions(makeDoc('记者来到汶川采访。汶川县的居民表示满意。'), lexicon);
    const short = ms.find((m) => m.norm === '汶川')!;
    expect(short.rule).toBe('tagger');
    expect(short.key).toBe('Location:汶川县');
    expect(ms.find((m) => m.norm === '汶川县')!.key).toBeUndefined();
    expect(recognizeMentions(makeDoc('昨天，记者来到汶川采访当地居民。'), lexicon).find((m) => m.norm === '汶川')!.key).toBeUndefined();
  });
});
