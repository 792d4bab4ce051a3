/**
 * Intergovernmental bodies (lexicon ids, data/lexicon.tsv): organisations whose members are states. No one state's
 * government, party or country governs them, so a state's 调查, 接管 or 制裁 of one is criticism, rivalry or
 * diplomacy, not regulation (DESIGN: REGULATES is an authority's act over what it governs). The list follows the
 * bodies of the UN system and the treaty organisations and state groupings the lexicon carries; each id is checked
 * against the lexicon in tests/unit/extract/intergovernmental-bodies.test.ts.
 */
export const INTERGOVERNMENTAL_BODIES: ReadonlySet<string> = new Set([
  // The UN and its organs and agencies.
  'united-nations',
  'un-security-council',
  'un-general-assembly',
  'un-human-rights-council',
  'unhcr',
  'fao',
  'who',
  // Treaty organisations: trade, finance, justice, defence.
  'wto',
  'imf',
  'world-bank',
  'aiib',
  'adb',
  'interpol',
  'icc',
  'nato',
  'opec',
  // Unions and groupings of states.
  'eu',
  'asean',
  'african-union',
  'apec',
  'sco-org',
  'g20',
  'g7',
  'brics',
]);

/** True when the lexicon id is an intergovernmental body's. */
export function isIntergovernmental(lexId: string | undefined): boolean {
  return lexId !== undefined && INTERGOVERNMENTAL_BODIES.has(lexId);
}
