import { describe, expect, it } from 'vitest';
import { BARE_BODY_EXAMPLES } from '../../../src/recognize/bare-local-bodies.ts';
import { analyze } from '../../fixtures/nlp/make-article.ts';

const names = (text: string) => analyze(text).entities.map((e) => e.name);

describe('bare local bodies', () => {
  it.each(BARE_BODY_EXAMPLES.positive.map(([t, n]) => [t, n] as const))('a committee department without its place is no entity: %s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it.each(BARE_BODY_EXAMPLES.negative.map(([t, n]) => [t, n] as const))('a body with its place, or a known or bare bureau, stays: %s', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
