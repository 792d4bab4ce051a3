import { readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';

export type GoldArticleLocation = { path: string } | { error: string };

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function listFilesRecursively(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

/**
 * Finds the article files that gold files name. A name is tried as a path relative to `articlesRoot` (or as an
 * absolute path) first; otherwise the tree under `articlesRoot` is searched for files with that base name, and
 * when the gold gives a relative path (`nsc412/n10712345.md`) a file whose path ends with it is preferred.
 * Returns one location or error per article, in order; the tree is walked at most once.
 */
export function resolveGoldArticles(articles: readonly string[], articlesRoot: string): GoldArticleLocation[] {
  const root = resolve(articlesRoot);
  let tree: string[] | undefined;
  return articles.map((article): GoldArticleLocation => {
    const direct = isAbsolute(article) ? article : join(root, article);
    if (isFile(direct)) return { path: resolve(direct) };
    tree ??= listFilesRecursively(root);
    const name = basename(article);
    const sameName = tree.filter((p) => basename(p) === name);
    const suffix = sep + article.split(/[\\/]+/).join(sep);
    const sameTail = sameName.filter((p) => p.endsWith(suffix));
    const found = sameTail.length > 0 ? sameTail : sameName;
    if (found.length === 1) return { path: found[0]! };
    if (found.length === 0) return { error: `article "${article}" not found under ${articlesRoot}` };
    const shown = found.slice(0, 3).map((p) => relative(root, p));
    return { error: `article "${article}" is ambiguous under ${articlesRoot}: ${shown.join(', ')}${found.length > 3 ? ', …' : ''}` };
  });
}
