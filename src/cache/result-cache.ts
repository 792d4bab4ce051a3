import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleResult, Mention } from '../types.ts';
import { ZhkgError } from '../errors.ts';

/** One cached analysis: a compacted article result and the characters it analysed. */
export interface CachedOutcome {
  result: ArticleResult;
  chars: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries of pages this run did not read (gone, moved or changed), removed at the end. */
  removed: number;
}

/**
 * Per-article results keyed by a hash of the run's fingerprint (code, data, options), the page's path and its bytes,
 * one gzipped JSON file per key under `<dir>/<2 hex>/`. Writes are atomic (temporary name, then rename), so a run
 * killed mid-write or two runs sharing the folder leave whole entries; an entry that cannot be read is a miss.
 * The path is part of the key because the folder a page sits in can name its outlet.
 */
export interface ResultCache {
  readonly dir: string;
  keyOf(file: string, bytes: Uint8Array): string;
  get(key: string): CachedOutcome | undefined;
  put(key: string, outcome: CachedOutcome): void;
  /**
   * Removes entries whose key is not in `used` (unless `sweep` is false: a run that read nothing, e.g. from a
   * mistyped path, keeps the cache); returns the statistics of the run.
   */
  finish(used: ReadonlySet<string>, sweep?: boolean): CacheStats;
}

const FORMAT = 1;
const COMPACTED: Mention = Object.freeze({ start: 0, end: 0, text: '', norm: '', type: 'Person', source: 'lexicon', sentence: -1 }) as Mention;

/** Mentions of a compacted result carry nothing but their number: stored as a count. */
function encode(outcome: CachedOutcome): Buffer {
  const r = outcome.result;
  const slim = { ...r, entities: r.entities.map((e) => ({ ...e, mentions: e.mentions.length })) };
  return gzipSync(JSON.stringify({ format: FORMAT, chars: outcome.chars, result: slim }), { level: 1 });
}

function decode(data: Buffer): CachedOutcome | undefined {
  const parsed = JSON.parse(gunzipSync(data).toString('utf8')) as { format: number; chars: number; result: ArticleResult & { entities: Array<{ mentions: number }> } };
  if (parsed.format !== FORMAT) return undefined;
  const result = parsed.result as unknown as ArticleResult;
  for (const e of result.entities) (e as { mentions: Mention[] }).mentions = Array.from({ length: e.mentions as unknown as number }, () => COMPACTED);
  return { result, chars: parsed.chars };
}

export function openResultCache(dir: string, fingerprint: string): ResultCache {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new ZhkgError('E_WRITE', `result cache "${dir}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: dir, cause: e });
  }
  const stats: CacheStats = { hits: 0, misses: 0, removed: 0 };
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json.gz`);
  return {
    dir,
    keyOf(file, bytes) {
      return createHash('sha256').update(fingerprint).update('\0').update(file).update('\0').update(bytes).digest('hex');
    },
    get(key) {
      let outcome: CachedOutcome | undefined;
      try {
        outcome = decode(readFileSync(pathOf(key)));
      } catch {
        outcome = undefined;
      }
      if (outcome) stats.hits++;
      else stats.misses++;
      return outcome;
    },
    put(key, outcome) {
      const path = pathOf(key);
      const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(tmp, encode(outcome));
        renameSync(tmp, path);
      } catch {
        // A cache that cannot be written costs time on the next run, never a result.
        rmSync(tmp, { force: true });
      }
    },
    finish(used, sweep = true) {
      if (!sweep) return { ...stats };
      for (const shard of readdirSync(dir, { withFileTypes: true })) {
        if (!shard.isDirectory() || !/^[0-9a-f]{2}$/.test(shard.name)) continue;
        for (const name of readdirSync(join(dir, shard.name))) {
          const key = name.replace(/\.json\.gz$/, '');
          if (used.has(key)) continue;
          // Temporary files: of another run still writing (left alone), or of a run killed mid-write (an hour old).
          if (name.endsWith('.tmp') && Date.now() - (statSync(join(dir, shard.name, name), { throwIfNoEntry: false })?.mtimeMs ?? 0) < 3_600_000) continue;
          rmSync(join(dir, shard.name, name), { force: true });
          stats.removed++;
        }
      }
      return { ...stats };
    },
  };
}
