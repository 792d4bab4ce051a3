import { describe, expect, it } from 'vitest';
import { recognizeMentions } from '../../../src/recognize/recognize-mentions.ts';
import { LIST_ITEM_EXAMPLES, listItemNames } from '../../../src/recognize/list-item-names.ts';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { makeDoc } from '../../fixtures/nlp/make-article.ts';

const names = (text: string) => recognizeMentions(makeDoc(text), loadLexicon()).filter((m) => !m.nested).map((m) => m.norm);

describe('listItemNames', () => {
  it.each(LIST_ITEM_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('finds the listed name in: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(LIST_ITEM_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('takes no list item in: %s', (text, name) => {
    expect(listItemNames(makeDoc(text)).map((m) => m.norm)).not.toContain(name);
    expect(names(text)).not.toContain(name);
  });

  it('types an item by its ending and keeps offsets', () => {
    const doc = makeDoc('机构：消费者委员会 职业训练局 青州科技中心');
    const found = listItemNames(doc);
    expect(found.map((m) => [m.norm, m.type])).toEqual([
      ['消费者委员会', 'GovernmentBody'],
      ['职业训练局', 'GovernmentBody'],
      ['青州科技中心', 'Organization'],
    ]);
    for (const m of found) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('cuts an item holding two legal forms after the first', () => {
    expect(listItemNames(makeDoc('青州电灯有限公司白鹭汽车有限公司 青州渡轮有限公司')).map((m) => m.norm)).toEqual(['青州电灯有限公司', '白鹭汽车有限公司', '青州渡轮有限公司']);
  });
});
