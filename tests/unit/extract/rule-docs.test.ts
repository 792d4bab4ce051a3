import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAIR_RULES } from '../../../src/extract/relation-rules.ts';
import { CITE_RULES } from '../../../src/extract/cite-rules.ts';
import { FRAME_TRIGGERS } from '../../../src/extract/frame-triggers.ts';

describe('rule documentation', () => {
  it('lists every pair rule and citation row id in docs/design.md, so the rule in a fact’s evidence can be looked up', () => {
    const doc = readFileSync(new URL('../../../docs/design.md', import.meta.url), 'utf8');
    const missing = [...PAIR_RULES, ...CITE_RULES].map((r) => r.id).filter((id) => !doc.includes('`' + id + '`'));
    expect(missing).toEqual([]);
  });

  it('lists every clause frame rule id (frame-<row id>) in docs/design.md', () => {
    const doc = readFileSync(new URL('../../../docs/design.md', import.meta.url), 'utf8');
    const missing = FRAME_TRIGGERS.map((r) => 'frame-' + r.id).filter((id) => !doc.includes('`' + id + '`'));
    expect(missing).toEqual([]);
  });
});
