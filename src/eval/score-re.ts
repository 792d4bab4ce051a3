import type { RelationType } from '../types.ts';
import { ZhkgError } from '../errors.ts';
import type { ReGoldSentence, ReGoldTriple } from './re-gold.ts';
import type { SystemEntity } from './system-entities.ts';
import { entitiesNamed } from './match-re-name.ts';
import { normalizeMatchName, type Simplify } from './normalize-match-name.ts';

/** What the pipeline drew from one sentence, as the scorer sees it. */
export interface ReSystem {
  entities: readonly SystemEntity[];
  facts: ReadonlyArray<{ type: RelationType; subject: string; object: string }>;
}

export interface ReTripleScore {
  triple: ReGoldTriple;
  /** Both sides name an entity the pipeline recognised (of the right kind). */
  recognised: boolean;
  /** A fact of an accepted type runs from an entity of the subject to one of the object. */
  found: boolean;
  /** …of the strict (first) type. */
  strict: boolean;
}

export interface ReSentenceScore {
  index: number;
  triples: ReTripleScore[];
  /** Facts of the shared types the pipeline drew from the sentence, gold or not (gold is incomplete: no precision). */
  facts: number;
}

/** Scores one sentence: for each gold triple, whether its entities were recognised and its relation found. */
export function scoreReSentence(gold: ReGoldSentence, system: ReSystem, shared: ReadonlySet<RelationType>, simplify?: Simplify): ReSentenceScore {
  const triples = gold.triples.map((triple): ReTripleScore => {
    if (triple.accept.length === 0) return scoreAlias(triple, system.entities, simplify);
    const subjects = new Set(entitiesNamed(triple.subject, triple.subjectKind, system.entities, simplify).map((e) => e.key));
    const objects = new Set(entitiesNamed(triple.object, triple.objectKind, system.entities, simplify).map((e) => e.key));
    const linking = system.facts.filter((f) => subjects.has(f.subject) && objects.has(f.object) && f.subject !== f.object);
    const found = linking.some((f) => triple.accept.includes(f.type));
    const strict = linking.some((f) => f.type === triple.accept[0]);
    // (One entity named by both sides, 宜家 in 宜家集团 and 英特宜家购物中心集团, is not a recognised pair.)
    const recognised = [...subjects].some((s) => [...objects].some((o) => o !== s));
    return { triple, recognised, found, strict };
  });
  return { index: gold.index, triples, facts: system.facts.filter((f) => shared.has(f.type)).length };
}

/**
 * 简称: the full name is recognised, and the entity it names also carries the short name. Both spelt exactly (after
 * normalisation): containment would let the short name's own entity stand for the full one.
 */
function scoreAlias(triple: ReGoldTriple, entities: readonly SystemEntity[], simplify?: Simplify): ReTripleScore {
  const name = normalizeMatchName(triple.subject, simplify);
  const full = entities.filter((e) => e.names.has(name));
  const short = normalizeMatchName(triple.object, simplify);
  const found = full.some((e) => e.names.has(short));
  return { triple, recognised: full.length > 0, found, strict: found };
}

export interface RePredicateTotals {
  predicate: string;
  gold: number;
  recognised: number;
  found: number;
  strict: number;
}

export interface ReTotals {
  sentences: number;
  facts: number;
  rows: RePredicateTotals[];
  all: RePredicateTotals;
}

/** Sums sentence scores per predicate (in the order given) and over all of them. */
export function aggregateRe(scores: readonly ReSentenceScore[], predicates: readonly string[]): ReTotals {
  const empty = (predicate: string): RePredicateTotals => ({ predicate, gold: 0, recognised: 0, found: 0, strict: 0 });
  const rows = new Map(predicates.map((p) => [p, empty(p)]));
  const all = empty('all');
  let facts = 0;
  for (const s of scores) {
    facts += s.facts;
    for (const t of s.triples) {
      const row = rows.get(t.triple.predicate) ?? rows.set(t.triple.predicate, empty(t.triple.predicate)).get(t.triple.predicate)!;
      for (const r of [row, all]) {
        r.gold++;
        if (t.recognised) r.recognised++;
        if (t.found) r.found++;
        if (t.strict) r.strict++;
      }
    }
  }
  return { sentences: scores.length, facts, rows: [...rows.values()], all };
}

/**
 * found / of. Nothing to score is an error, not a perfect score: a run that reads no gold, or a split with no
 * triple of a predicate, must not report 1.0 (nor 0.0, which would hide the cause).
 */
export function reRecall(found: number, of: number, what = 'recall'): number {
  if (of <= 0) throw new ZhkgError('E_EVAL_EMPTY', `reRecall: ${what} has nothing to score (0 gold)`);
  return found / of;
}
