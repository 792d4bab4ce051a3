// Entity -[:$TYPE]-> Entity for one fact relation type ($TYPE validated before substitution). The row's evidence
// replaces the evidence of the row's articles and keeps other articles' evidence, so loads are idempotent and a
// graph built from some articles does not erase what other articles said. weight = evidence count; modality =
// the strongest over all evidence; confidence = the row's, or the stored one if that is higher and other
// articles' evidence remains.
// Read-modify-write under concurrent loaders: `SET r._lock` takes the relationship's write lock before its evidence is
// read, so a second transaction reads the evidence only after the first committed (the lost-update idiom of the Neo4j
// operations manual, "Concurrent data access"); without it two loaders adding evidence at once lose one's update.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:$TYPE]->(t)
SET r._lock = true
WITH r, row,
     [e IN coalesce(r.evidence, []) WHERE none(p IN row.evidencePrefixes WHERE e STARTS WITH p)] AS kept,
     [a IN coalesce(r.articles, []) WHERE NOT a IN row.articles] AS keptArticles
WITH r, row, kept + row.evidence AS evidence, keptArticles + row.articles AS articles,
     size(keptArticles) = 0 OR row.confidence >= r.confidence AS rowWins
SET r.evidence = COLLECT { UNWIND evidence AS e RETURN e ORDER BY e },
    r.articles = COLLECT { UNWIND articles AS a RETURN a ORDER BY a },
    r.weight = size(evidence),
    r.confidence = CASE WHEN rowWins THEN row.confidence ELSE r.confidence END,
    r.modality = CASE
      WHEN any(e IN evidence WHERE e CONTAINS '"modality":"asserted"') THEN 'asserted'
      WHEN any(e IN evidence WHERE e CONTAINS '"modality":"reported"') THEN 'reported'
      WHEN any(e IN evidence WHERE e CONTAINS '"modality":"hedged"') THEN 'hedged'
      ELSE 'negated' END
REMOVE r._lock
