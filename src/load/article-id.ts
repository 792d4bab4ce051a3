import { basename, extname } from 'node:path';

const URL_IDS: readonly RegExp[] = [
  /\/(n\d{5,})\.html?(?:[?#]|$)/, // Epoch Times: /gb/21/6/23/n13042441.htm
  /[-/](id[A-Z]{2,}[A-Z0-9]{5,})(?:[?#/]|$)/, // Reuters: …-idCNKCS1LN17I?feedType=RSS
  /\/a\/(?:[^/]+\/)?(\d{5,})\.html(?:[?#]|$)/, // VOA: /a/rubio-gua/4553286.html
];

/** The outlet's own article id when the URL carries one, else the file's base name without extension. */
export function articleId(url: string | undefined, source: string): string {
  for (const re of URL_IDS) {
    const m = url ? re.exec(url) : null;
    if (m) return m[1]!;
  }
  const base = basename(source);
  return base.slice(0, base.length - extname(base).length) || base;
}
