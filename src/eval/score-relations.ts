import { SYMMETRIC_RELATIONS, type Fact, type Modality, type RelationType } from '../types.ts';
import type { GoldConventions, GoldEntity, GoldRelation } from './gold-file.ts';
import type { Prf, RelationFalsePositive, RelationMiss } from './eval-types.ts';
import { bipartiteMatch } from './bipartite-match.ts';
import { normalizeMatchName, type Simplify } from './normalize-match-name.ts';
import { prf } from './prf.ts';
import { goldNames, sharesName, type SystemEntity } from './system-entities.ts';

export interface RelationScore {
  relations: Prf;
  ignored: number;
  misses: RelationMiss[];
  falsePositives: RelationFalsePositive[];
}

/** All facts of one type between the same two entities: one edge of the graph, one prediction. */
interface PredictedEdge {
  type: RelationType;
  subject: string;
  object: string;
  facts: Fact[];
}

const MODALITY_STRENGTH: Record<Modality, number> = { asserted: 3, reported: 2, hedged: 1, negated: 0 };

function predictedEdges(facts: readonly Fact[]): PredictedEdge[] {
  const edges = new Map<string, PredictedEdge>();
  for (const f of facts) {
    // Same keying as the graph: symmetric relations have one edge per unordered pair.
    const [s, o] = SYMMETRIC_RELATIONS.has(f.type) && f.object < f.subject ? [f.object, f.subject] : [f.subject, f.object];
    const key = `${s}|${f.type}|${o}`;
    const edge = edges.get(key) ?? { type: f.type, subject: s, object: o, facts: [] };
    edge.facts.push(f);
    edges.set(key, edge);
  }
  return [...edges.values()];
}

/** Names for an endpoint key; a key absent from the article's entities falls back to the name part of `<Type>:<name>`. */
function keyNames(key: string, byKey: ReadonlyMap<string, SystemEntity>, simplify?: Simplify): Set<string> {
  const se = byKey.get(key);
  if (se !== undefined) return se.names;
  return new Set([normalizeMatchName(key.slice(key.indexOf(':') + 1), simplify)]);
}

/**
 * Relation scoring. A predicted edge matches a gold relation when its type is one of `p`, its subject shares a
 * name with gold `s` and its object with gold `o` (either way round for NEGOTIATES_WITH / PARTNERS_WITH).
 * Required relations are paired one-to-one with edges by maximum matching; an unpaired edge that still matches a
 * required relation (a second acceptable predicate, or a duplicate node's edge) or matches an optional relation is
 * ignored; any other edge is an FP.
 * Under a set's `speakerCitesOptional` convention an unpaired CITES edge to a Person is ignored too.
 * Facts with `negated` modality are counted as predictions like the others: the graph stores them as edges of
 * the same type, so a consumer querying the graph sees them; scoring them keeps the eval honest about that.
 */
export function scoreRelations(
  required: readonly GoldRelation[],
  optional: readonly GoldRelation[],
  goldEntities: readonly GoldEntity[],
  system: readonly SystemEntity[],
  facts: readonly Fact[],
  simplify?: Simplify,
  conventions: GoldConventions = {},
): RelationScore {
  const byGoldName = new Map<string, Set<string>>();
  // Required entities are registered last so they win when a name is both required and optional.
  for (const g of [...goldEntities].reverse()) byGoldName.set(normalizeMatchName(g.name, simplify), goldNames(g, simplify));
  const endpoint = (name: string): Set<string> =>
    byGoldName.get(normalizeMatchName(name, simplify)) ?? new Set([normalizeMatchName(name, simplify)]);
  const byKey = new Map(system.map((se) => [se.key, se]));
  const edges = predictedEdges(facts);

  const matches = (edge: PredictedEdge, rel: GoldRelation): boolean => {
    if (!rel.p.includes(edge.type)) return false;
    const s = keyNames(edge.subject, byKey, simplify);
    const o = keyNames(edge.object, byKey, simplify);
    const gs = endpoint(rel.s);
    const go = endpoint(rel.o);
    if (sharesName(s, gs) && sharesName(o, go)) return true;
    return SYMMETRIC_RELATIONS.has(edge.type) && sharesName(s, go) && sharesName(o, gs);
  };

  const candidates = edges.map((e) => required.flatMap((r, j) => (matches(e, r) ? [j] : [])));
  const pairing = bipartiteMatch(edges.length, required.length, (i) => candidates[i]!);

  const falsePositives: RelationFalsePositive[] = [];
  let ignored = 0;
  edges.forEach((edge, i) => {
    if (pairing[i] !== -1) return;
    if (candidates[i]!.length > 0 || optional.some((r) => matches(edge, r))) return void ignored++;
    if (conventions.speakerCitesOptional && edge.type === 'CITES' && byKey.get(edge.object)?.type === 'Person') return void ignored++;
    const strongest = edge.facts.reduce((a, b) =>
      MODALITY_STRENGTH[b.evidence.modality] > MODALITY_STRENGTH[a.evidence.modality] ? b : a,
    );
    falsePositives.push({
      type: edge.type,
      subject: byKey.get(edge.subject)?.name ?? edge.subject,
      object: byKey.get(edge.object)?.name ?? edge.object,
      subjectKey: edge.subject,
      objectKey: edge.object,
      facts: edge.facts.length,
      modality: strongest.evidence.modality,
      sentence: edge.facts[0]!.evidence.sentence,
      trigger: edge.facts[0]!.evidence.trigger,
      rule: edge.facts[0]!.evidence.rule,
    });
  });

  const found = new Set(pairing.filter((j) => j !== -1));
  const misses: RelationMiss[] = required.flatMap((r, j) => (found.has(j) ? [] : [{ ...r }]));
  return { relations: prf(found.size, falsePositives.length, misses.length), ignored, misses, falsePositives };
}
