/**
 * Words that describe what kind of organisation follows, written right before its name without a break: 投行中银证券,
 * 券商中信证券, 房企碧桂园, 房股如绿景地产. An organisation name found by its suffix starts after them. Each row is a
 * class of description, with the example it was seen in and a name that merely starts with the same characters.
 */
export interface OrgDescriptor {
  id: string;
  /** The description as written (simplified). */
  word: string;
  /** A text where the description precedes a name, and the name. */
  example: [text: string, name: string];
}

export const ORG_DESCRIPTORS: readonly OrgDescriptor[] = [
  { id: 'investment-bank', word: '投行', example: ['中国银行旗下投行中银证券上月发表报告。', '中银证券'] },
  { id: 'broker', word: '券商', example: ['券商中信证券发布研报。', '中信证券'] },
  { id: 'property-developer', word: '房企', example: ['房企祥生地产公布业绩。', '祥生地产'] },
  { id: 'property-stock', word: '房股', example: ['多家房股如绿景地产大跌。', '绿景地产'] },
  { id: 'carmaker', word: '车企', example: ['车企长城汽车公布销量。', '长城汽车'] },
  { id: 'drugmaker', word: '药企', example: ['药企复星医药宣布。', '复星医药'] },
  { id: 'insurer', word: '险企', example: ['险企平安保险公布业绩。', '平安保险'] },
];

const WORDS = new Set(ORG_DESCRIPTORS.map((d) => d.word));

/** True when `word` is a description of an organisation's kind, not part of a name. */
export function isOrgDescriptor(word: string): boolean {
  return WORDS.has(word);
}

/** The length of a description the segmenter glued to the start of a name (房企祥生/地产), else 0. */
export function orgDescriptorPrefix(word: string): number {
  for (const d of WORDS) if (word.length > d.length + 1 && word.startsWith(d)) return d.length;
  return 0;
}

/** Words that introduce an example (房股如绿景地产, 企业包括华为): the name starts after them. */
export const SUCH_AS = /^(?:如|例如|比如|譬如|包括)/;
