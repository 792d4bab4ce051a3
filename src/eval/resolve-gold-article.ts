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

function locateUnder(article: string, root: string, tree: () => string[]): GoldArticleLocation {
  const direct = isAbsolute(article) ? article : join(root, article);
  if (isFile(direct)) return { path: resolve(direct) };
  const name = basename(article);
  const sameName = tree().filter((p) => basename(p) === name);
  const suffix = sep + article.split(/[\\/]+/).join(sep);
  const sameTail = sameName.filter((p) => p.endsWith(suffix));
  const found = sameTail.length > 0 ? sameTail : sameName;
  if (found.length === 1) return { path: found[0]! };
  if (found.length === 0) return { error: `article "${article}" not found under ${root}` };
  const shown = found.slice(0, 3).map((p) => relative(root, p));
  return { error: `article "${article}" is ambiguous under ${root}: ${shown.join(', ')}${found.length > 3 ? ', …' : ''}` };
}

/**
 * Finds the article files that gold files name. A name is tried as a path relative to the root (or as an
 * absolute path) first; otherwise the tree under the root is searched for files with that base name, and when
 * the gold gives a relative path (`nsc412/n10712345.md`) a file whose path ends with it is preferred.
 * With several roots, the first root that yields exactly one file wins. Returns one location or error per
 * article, in order; each tree is walked at most once.
 */
export function resolveGoldArticles(articles: readonly string[], articlesRoot: string | readonly string[]): GoldArticleLocation[] {
  const roots = (typeof articlesRoot === 'string' ? [articlesRoot] : [...articlesRoot]).map((r) => resolve(r));
  const trees = new Map<string, string[]>();
  const treeOf = (root: string) => (): string[] => {
    let t = trees.get(root);
    if (t === undefined) trees.set(root, (t = listFilesRecursively(root)));
    return t;
  };
  return articles.map((article): GoldArticleLocation => {
    const attempts = roots.map((root) => locateUnder(article, root, treeOf(root)));
    const hit = attempts.find((a) => 'path' in a);
    if (hit !== undefined) return hit;
    return attempts.length === 1 ? attempts[0]! : { error: attempts.map((a) => ('error' in a ? a.error : '')).join('; ') };
  });
}
