import { gunzipSync, gzipSync } from 'node:zlib';
import { ZhkgError } from '../errors.ts';
import type { NerModel } from './ner-model.ts';
import { FEATURES_PER_CHAR } from './ner-features.ts';

const MAGIC = 'ZHKGNER2';

/** Options for `encodeNerModel`: bits per stored weight, and weights below `prune` (absolute, after scaling) dropped. */
export interface EncodeOptions {
  bits: 8 | 16;
  prune: number;
}

export const DEFAULT_ENCODE_OPTIONS: EncodeOptions = { bits: 8, prune: 0 };

/** One domain's weights of a model file (all domains share sizes and transitions). */
export interface DomainModel {
  domain: string;
  model: NerModel;
}

interface Header {
  buckets: number;
  tagCount: number;
  featuresPerChar: number;
  bits: 8 | 16;
  domains: Array<{ name: string; scale: number }>;
  meta: Record<string, unknown>;
}

/**
 * The model as one gzipped file: magic, a JSON header (sizes, domains and their scales, meta), the transitions as
 * Float32 and each domain's weights quantised to Int8 or Int16 (symmetric, one scale per domain). The first domain
 * is the default. Zeros dominate, so gzip keeps it small.
 */
export function encodeNerModel(domains: readonly DomainModel[], meta: Record<string, unknown>, opts: EncodeOptions = DEFAULT_ENCODE_OPTIONS): Buffer {
  const first = domains[0]!.model;
  const max = (1 << (opts.bits - 1)) - 1;
  const tables: Buffer[] = [];
  const header: Header = { buckets: first.buckets, tagCount: first.tagCount, featuresPerChar: FEATURES_PER_CHAR, bits: opts.bits, domains: [], meta };
  for (const { domain, model } of domains) {
    let maxAbs = 0;
    for (let k = 0; k < model.weights.length; k++) maxAbs = Math.max(maxAbs, Math.abs(model.weights[k]! * model.scale));
    const scale = maxAbs === 0 ? 1 : maxAbs / max;
    const q = opts.bits === 8 ? new Int8Array(model.weights.length) : new Int16Array(model.weights.length);
    for (let k = 0; k < q.length; k++) {
      const w = model.weights[k]! * model.scale;
      q[k] = Math.abs(w) < opts.prune ? 0 : Math.round(w / scale);
    }
    header.domains.push({ name: domain, scale });
    tables.push(Buffer.from(q.buffer, q.byteOffset, q.byteLength));
  }
  const t = first.transitions;
  const headerBytes = Buffer.from(JSON.stringify(header));
  const trans = new Float32Array([...t.pair, ...t.start, ...t.end]);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), u32(headerBytes.length), headerBytes, Buffer.from(trans.buffer), ...tables]), { level: 9 });
}

/**
 * Reads one domain (default: the file's first) of a file written by `encodeNerModel`; throws E_MODEL_INVALID when
 * it is not one, or has no such domain.
 */
export function decodeNerModel(file: Buffer, origin = 'model', domain?: string): NerModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch (e) {
    throw new ZhkgError('E_MODEL_INVALID', `decodeNerModel: ${origin} is not gzip`, { file: origin, cause: e });
  }
  if (raw.length < MAGIC.length + 4 || raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) {
    throw new ZhkgError('E_MODEL_INVALID', `decodeNerModel: ${origin} is not a name-tagger model`, { file: origin });
  }
  const headerLength = raw.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  let header: Header;
  try {
    header = JSON.parse(raw.subarray(at, at + headerLength).toString('utf8')) as Header;
  } catch (e) {
    throw new ZhkgError('E_MODEL_INVALID', `decodeNerModel: ${origin} has a broken header`, { file: origin, cause: e });
  }
  at += headerLength;
  const T = header.tagCount;
  if (header.featuresPerChar !== FEATURES_PER_CHAR) {
    throw new ZhkgError('E_MODEL_INVALID', `decodeNerModel: ${origin} has ${header.featuresPerChar} features per character, the code ${FEATURES_PER_CHAR}: retrain it`, { file: origin });
  }
  const transCount = T * T + 2 * T;
  const tableBytes = header.buckets * T * (header.bits / 8);
  const expected = at + transCount * 4 + header.domains.length * tableBytes;
  if (raw.length !== expected) throw new ZhkgError('E_MODEL_INVALID', `decodeNerModel: ${origin} has ${raw.length} bytes, expected ${expected}`, { file: origin });
  const index = domain === undefined ? 0 : header.domains.findIndex((d) => d.name === domain);
  if (index < 0) throw new ZhkgError('E_MODEL_INVALID', `decodeNerModel: ${origin} has no domain "${domain}" (${header.domains.map((d) => d.name).join(', ')})`, { file: origin });
  // Copies, so the arrays are aligned whatever the buffer's offset.
  const trans = new Float32Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + transCount * 4));
  at += transCount * 4 + index * tableBytes;
  const bytes = raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + tableBytes);
  return {
    buckets: header.buckets,
    tagCount: T,
    weights: header.bits === 8 ? new Int8Array(bytes) : new Int16Array(bytes),
    scale: header.domains[index]!.scale,
    transitions: { tagCount: T, pair: trans.subarray(0, T * T), start: trans.subarray(T * T, T * T + T), end: trans.subarray(T * T + T) },
    meta: { ...header.meta, domain: header.domains[index]!.name },
  };
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
