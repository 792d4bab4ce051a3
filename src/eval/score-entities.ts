import type { GoldEntity } from './gold-file.ts';
import type { EntityFalsePositive, EntityMiss, EntityTypeMismatch, Prf } from './eval-types.ts';
import { bipartiteMatch } from './bipartite-match.ts';
import { prf } from './prf.ts';
import { goldNames, sharesName, type SystemEntity } from './system-entities.ts';
import type { Simplify } from './normalize-match-name.ts';

export interface EntityScore {
  entities: Prf;
  typedEntities: Prf;
  ignored: number;
  misses: EntityMiss[];
  falsePositives: EntityFalsePositive[];
  typeMismatches: EntityTypeMismatch[];
}

/**
 * Entity scoring. A system entity matches a gold entity when they share a normalised name. Required gold
 * entities are paired one-to-one with system entities by maximum matching (so a node that over-merges two gold
 * entities finds only one). Then each system entity is:
 * - a TP when paired;
 * - ignored when unpaired but matching an optional gold entity (optional wins over "duplicate": annotators list
 *   an optional entity exactly to excuse a plausible extra node such as a bare abbreviation);
 * - an FP `duplicate` when unpaired but matching a required gold entity that another node already took;
 * - an FP `unmatched` otherwise.
 * Typed scoring uses the same predictions (everything not ignored) and pairs only type-compatible entities.
 */
export function scoreEntities(
  required: readonly GoldEntity[],
  optional: readonly GoldEntity[],
  system: readonly SystemEntity[],
  simplify?: Simplify,
): EntityScore {
  const reqNames = required.map((g) => goldNames(g, simplify));
  const optNames = optional.map((g) => goldNames(g, simplify));
  const candidates = system.map((se) => reqNames.flatMap((names, j) => (sharesName(se.names, names) ? [j] : [])));
  const pairing = bipartiteMatch(system.length, required.length, (i) => candidates[i]!);

  const falsePositives: EntityFalsePositive[] = [];
  const predictions: number[] = [];
  let ignored = 0;
  system.forEach((se, i) => {
    if (pairing[i] !== -1) return void predictions.push(i);
    if (optNames.some((names) => sharesName(se.names, names))) return void ignored++;
    predictions.push(i);
    const first = candidates[i]![0];
    falsePositives.push(
      first === undefined
        ? { key: se.key, name: se.name, type: se.type, reason: 'unmatched' }
        : { key: se.key, name: se.name, type: se.type, reason: 'duplicate', gold: required[first]!.name },
    );
  });

  const found = new Set(pairing.filter((j) => j !== -1));
  const misses: EntityMiss[] = required.flatMap((g, j) => (found.has(j) ? [] : [{ name: g.name, type: g.type }]));

  const typedCandidates = (p: number): number[] => {
    const se = system[predictions[p]!]!;
    return candidates[predictions[p]!]!.filter((j) => required[j]!.type.includes(se.type));
  };
  const typedPairing = bipartiteMatch(predictions.length, required.length, typedCandidates);
  const typedFound = new Set(typedPairing.filter((j) => j !== -1));
  const typedTp = typedFound.size;

  const typeMismatches: EntityTypeMismatch[] = [];
  system.forEach((se, i) => {
    const j = pairing[i]!;
    if (j === -1 || typedFound.has(j)) return;
    const g = required[j]!;
    typeMismatches.push({ gold: g.name, goldType: g.type, key: se.key, name: se.name, type: se.type });
  });

  return {
    entities: prf(found.size, falsePositives.length, required.length - found.size),
    typedEntities: prf(typedTp, predictions.length - typedTp, required.length - typedTp),
    ignored,
    misses,
    falsePositives,
    typeMismatches,
  };
}
