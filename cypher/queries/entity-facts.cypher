// Everything known about an entity: its fact relationships in both directions, each with its evidence sentences
// (JSON strings: article, sentence, start, end, trigger, rule, modality). $name: canonical name, alias or id.
MATCH (e:Entity)
WHERE e.name = $name OR e.id = $name OR $name IN e.aliases
MATCH (e)-[r]-(other:Entity)
RETURN e.name AS entity, type(r) AS relation,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       other.name AS other, r.confidence AS confidence, r.modality AS modality, r.articles AS articles,
       r.evidence AS evidence
ORDER BY relation, direction, other
