// Articles whose text changed (a different contentHash): drop their evidence from every fact relationship,
// recompute weight, articles and modality from what is left, and delete relationships left with no evidence.
// Confidence is kept: the graph gives one confidence per relationship, not one per evidence item.
UNWIND $rows AS row
MATCH (old:Article {id: row.id})
WHERE old.contentHash <> row.contentHash
WITH collect(row.id) AS ids, collect(row.evidencePrefix) AS prefixes
WHERE size(ids) > 0
MATCH (:Entity)-[r]->(:Entity)
WHERE any(id IN r.articles WHERE id IN ids)
WITH r,
     [e IN r.evidence WHERE none(p IN prefixes WHERE e STARTS WITH p)] AS kept,
     [a IN r.articles WHERE NOT a IN ids] AS keptArticles
SET r.evidence = kept,
    r.articles = keptArticles,
    r.weight = size(kept),
    r.modality = CASE
      WHEN any(e IN kept WHERE e CONTAINS '"modality":"asserted"') THEN 'asserted'
      WHEN any(e IN kept WHERE e CONTAINS '"modality":"reported"') THEN 'reported'
      WHEN any(e IN kept WHERE e CONTAINS '"modality":"hedged"') THEN 'hedged'
      ELSE 'negated' END
WITH r, keptArticles
WHERE size(keptArticles) = 0
DELETE r
