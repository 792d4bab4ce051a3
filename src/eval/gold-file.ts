import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ZhkgError } from '../errors.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../types.ts';
import { normalizeMatchName } from './normalize-match-name.ts';

/** One annotated entity (see the gold GUIDELINES.md). `type` is always a list after validation. */
export interface GoldEntity {
  name: string;
  en?: string;
  aliases: string[];
  type: EntityType[];
}

/** One annotated relation: `s` and `o` are entity `name`s of the same file, `p` the acceptable predicates. */
export interface GoldRelation {
  s: string;
  p: RelationType[];
  o: string;
  evidence?: string;
}

export interface GoldFile {
  /** The gold JSON file this came from. */
  file: string;
  /** Article file name or corpus-relative path, as written in the gold file. */
  article: string;
  entities: GoldEntity[];
  optionalEntities: GoldEntity[];
  relations: GoldRelation[];
  optionalRelations: GoldRelation[];
  /** The annotation conventions of the set the file belongs to (its folder's conventions.json); none by default. */
  conventions?: GoldConventions;
}

/**
 * Conventions a whole gold set was annotated under, where they differ from today's guidelines; a folder's
 * `conventions.json` (not a gold file) declares them. `speakerCitesOptional`: the set lists a person who speaks
 * (X表示，…) as a CITES object only optionally or not at all, so an unmatched CITES edge to a Person is ignored, as an
 * optional relation is.
 */
export interface GoldConventions {
  speakerCitesOptional?: boolean;
}

/** The file of a gold folder that declares its conventions; never read as a gold file. */
export const CONVENTIONS_FILE = 'conventions.json';

function readConventions(dir: string): GoldConventions | undefined {
  const file = join(dir, CONVENTIONS_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new ZhkgError('E_GOLD_INVALID', `readGoldDir: ${file}: ${why}`, { file, cause });
  }
  if (!isRecord(raw) || Object.entries(raw).some(([k, v]) => k !== 'note' && (k !== 'speakerCitesOptional' || typeof v !== 'boolean'))) {
    throw new ZhkgError('E_GOLD_INVALID', `readGoldDir: ${file}: expected {"speakerCitesOptional": true|false, "note"?: "…"}`, { file });
  }
  return { speakerCitesOptional: raw.speakerCitesOptional as boolean | undefined };
}

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asList(v: unknown): unknown[] | undefined {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v : undefined;
}

function validateEntity(raw: unknown, where: string, problems: string[]): GoldEntity | undefined {
  if (!isRecord(raw)) return void problems.push(`${where} is not an object`);
  const { name, en, aliases = [], type } = raw;
  if (typeof name !== 'string' || name.trim() === '') return void problems.push(`${where}.name is missing or empty`);
  const at = `${where} ("${name}")`;
  if (en !== undefined && typeof en !== 'string') problems.push(`${at}.en is not a string`);
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
    problems.push(`${at}.aliases is not a list of strings`);
  }
  const types = asList(type);
  if (types === undefined || types.length === 0) {
    problems.push(`${at}.type is missing`);
  } else {
    for (const t of types) if (typeof t !== 'string' || !ENTITY_TYPE_SET.has(t)) problems.push(`${at}.type "${String(t)}" is not an entity type`);
  }
  return {
    name,
    ...(typeof en === 'string' ? { en } : {}),
    aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [],
    type: (types ?? []).filter((t): t is EntityType => typeof t === 'string' && ENTITY_TYPE_SET.has(t)),
  };
}

function validateRelation(raw: unknown, where: string, names: ReadonlySet<string>, problems: string[]): GoldRelation | undefined {
  if (!isRecord(raw)) return void problems.push(`${where} is not an object`);
  const { s, p, o, evidence } = raw;
  let ok = true;
  for (const [field, value] of [['s', s], ['o', o]] as const) {
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${where}.${field} is missing or empty`);
      ok = false;
    } else if (!names.has(normalizeMatchName(value))) {
      problems.push(`${where}.${field} "${value}" is not the name of an entity in this file`);
      ok = false;
    }
  }
  const predicates = asList(p);
  if (predicates === undefined || predicates.length === 0) {
    problems.push(`${where}.p is missing`);
    ok = false;
  } else {
    for (const t of predicates) {
      if (typeof t !== 'string' || !RELATION_TYPE_SET.has(t)) {
        problems.push(`${where}.p "${String(t)}" is not a relation type`);
        ok = false;
      }
    }
  }
  if (evidence !== undefined && typeof evidence !== 'string') problems.push(`${where}.evidence is not a string`);
  if (!ok) return undefined;
  return { s: s as string, p: predicates as RelationType[], o: o as string, ...(typeof evidence === 'string' ? { evidence } : {}) };
}

function listOf(raw: Record<string, unknown>, key: string, problems: string[], required: boolean): unknown[] {
  const v = raw[key];
  if (v === undefined && !required) return [];
  if (!Array.isArray(v)) {
    problems.push(`"${key}" is ${v === undefined ? 'missing' : 'not a list'}`);
    return [];
  }
  return v;
}

/** Checks one parsed gold JSON value; throws one E_GOLD_INVALID error listing every problem, naming the file. */
export function validateGoldFile(raw: unknown, file: string): GoldFile {
  const problems: string[] = [];
  if (!isRecord(raw)) throw new ZhkgError('E_GOLD_INVALID', `validateGoldFile: ${file}: not a JSON object`, { file });
  const { article } = raw;
  if (typeof article !== 'string' || article.trim() === '') problems.push('"article" is missing or empty');
  const entities = listOf(raw, 'entities', problems, true).map((e, i) => validateEntity(e, `entities[${i}]`, problems));
  const optionalEntities = listOf(raw, 'optional_entities', problems, false).map((e, i) =>
    validateEntity(e, `optional_entities[${i}]`, problems),
  );
  const names = new Set(
    [...entities, ...optionalEntities].flatMap((e) => (e === undefined ? [] : [normalizeMatchName(e.name)])),
  );
  const relations = listOf(raw, 'relations', problems, false).map((r, i) => validateRelation(r, `relations[${i}]`, names, problems));
  const optionalRelations = listOf(raw, 'optional_relations', problems, false).map((r, i) =>
    validateRelation(r, `optional_relations[${i}]`, names, problems),
  );
  if (problems.length > 0) {
    throw new ZhkgError('E_GOLD_INVALID', `validateGoldFile: ${file}: ${problems.join('; ')}`, { file });
  }
  const defined = <T>(xs: (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);
  return {
    file,
    article: (article as string).trim(),
    entities: defined(entities),
    optionalEntities: defined(optionalEntities),
    relations: defined(relations),
    optionalRelations: defined(optionalRelations),
  };
}

/** Reads and validates one gold JSON file. */
export function readGoldFile(file: string): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new ZhkgError('E_GOLD_INVALID', `readGoldFile: ${file}: ${why}`, { file, cause });
  }
  return validateGoldFile(raw, file);
}

/** Reads every `*.json` file of `dir` (not recursive), sorted by file name. */
export function readGoldDir(dir: string): GoldFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    names = readdirSync(dir);
  } catch (cause) {
    throw new ZhkgError('E_INPUT_MISSING', `readGoldDir: ${dir} is not a readable directory`, { file: dir, cause });
  }
  const conventions = readConventions(dir);
  return names
    .filter((n) => n.toLowerCase().endsWith('.json') && n !== CONVENTIONS_FILE)
    .sort()
    .map((n) => readGoldFile(join(dir, n)))
    .map((g) => (conventions === undefined ? g : { ...g, conventions }));
}
