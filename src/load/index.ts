export { listInputs, INPUT_EXTENSIONS, type InputList } from './list-inputs.ts';
export { decodeBytes, type DecodedText } from './decode-bytes.ts';
export { repairMojibake, looksLikeMojibake, type MojibakeRepair } from './repair-mojibake.ts';
export { loadArticle, LAYOUTS } from './load-article.ts';
export { readArticle, DEFAULT_MAX_BYTES, type ReadArticleOptions } from './read-article.ts';
export { OUTLET_TABLE, type OutletEntry } from './outlet-table.ts';
export type { Layout, LoadOptions, ParsedPage } from './layouts/layout.ts';
