/** The Cypher kept in files under cypher/ (schema, load statements, queries), read once and cached. */
import { readFileSync } from 'node:fs';
import { ZhkgError } from '../errors.ts';

const CYPHER_DIR = new URL('../../cypher/', import.meta.url);
const cache = new Map<string, string>();

/** The text of `cypher/<relativePath>`, e.g. `load/merge-articles.cypher`. */
export function readCypherFile(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    try {
      text = readFileSync(new URL(relativePath, CYPHER_DIR), 'utf8');
    } catch (cause) {
      throw new ZhkgError('E_NEO4J_QUERY', `readCypherFile: cannot read cypher/${relativePath}`, { file: relativePath, cause });
    }
    cache.set(relativePath, text);
  }
  return text;
}

/** A load statement with its whole-line `//` comments removed and `$TYPE` replaced by `type` (validated by the caller). */
export function loadStatement(name: string, type?: string): string {
  const body = readCypherFile(`load/${name}.cypher`)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
  if (!body.includes('$TYPE')) return body;
  if (type === undefined || !/^[A-Za-z_]+$/.test(type)) {
    throw new ZhkgError('E_NEO4J_QUERY', `loadStatement: ${name} needs a label or relationship type, got ${JSON.stringify(type)}`);
  }
  return body.replaceAll('$TYPE', type);
}
