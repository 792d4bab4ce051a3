import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/lexicon/load-lexicon.ts';
import { ensureUserWords } from '../../../src/pipeline/user-words.ts';
import { loadNerModel } from '../../../src/ner/load-ner-model.ts';
import { nameGazetteer } from '../../../src/ner/name-gazetteer.ts';
import { prepareSentence } from '../../../src/ner/prepare-sentence.ts';
import { tagSentence } from '../../../src/ner/tag-sentence.ts';
import { NER_LABELS } from '../../../src/ner/ner-labels.ts';

// The model in data/ (no ../shared needed): it must tag plain news sentences right.
function tag(text: string): string[] {
  const lexicon = loadLexicon();
  ensureUserWords(lexicon);
  const { norm, words } = prepareSentence(text);
  return tagSentence(loadNerModel(), nameGazetteer(lexicon), norm, words).map((s) => `${norm.slice(s.start, s.end)}/${NER_LABELS[s.label]}`);
}

describe('the committed name-tagger model', () => {
  it('tags people, places and companies in an obvious sentence', () => {
    expect(tag('国务院总理李克强在北京会见了微软公司创始人比尔·盖茨')).toEqual(expect.arrayContaining(['李克强/PER', '北京/LOC', '微软公司/COM']));
  });

  it('finds names no lexicon knows', () => {
    const found = tag('据新华社报道，张三丰今天抵达乌鲁木齐，会见了当地官员。');
    expect(found).toContain('张三丰/PER');
    expect(tag('今天天气很好，我们去公园散步。')).toEqual([]);
  });

  it('is loaded once per process, with its provenance', () => {
    expect(loadNerModel()).toBe(loadNerModel());
    expect(loadNerModel().meta).toMatchObject({ command: 'npm run train:ner', domain: 'news' });
  });
});
