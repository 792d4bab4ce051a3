// What `zhkg show --neo4j` reads: the entities a name names ($query: id, or name, English name or alias as typed;
// $forms: the name as typed and in simplified characters; $lower: in lower case), each with its fact relationships
// in both directions, the entity at the other end, and the articles of the evidence. One row per relationship
// (fact and other null for an entity without facts).
MATCH (e:Entity)
WHERE e.id = $query OR e.name IN $forms OR toLower(e.nameEn) = $lower
   OR any(a IN e.aliases WHERE a IN $forms OR toLower(a) = $lower)
OPTIONAL MATCH (e)-[r]-(other:Entity)
OPTIONAL MATCH (a:Article) WHERE a.id IN r.articles
WITH e, r, other, collect(a {.id, .title, .url, .date, .outlet}) AS articles
RETURN e {.id, .name, .nameEn, .aliases, .mentions, type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS entity,
       CASE WHEN r IS NULL THEN null
            ELSE {type: type(r), out: startNode(r) = e, confidence: r.confidence, modality: r.modality,
                  weight: r.weight, evidence: r.evidence} END AS fact,
       CASE WHEN other IS NULL THEN null
            ELSE other {.id, .name, .nameEn, .aliases, .mentions, type: [l IN labels(other) WHERE l <> 'Entity'][0]} END AS other,
       articles
ORDER BY entity.id, fact.type, other.id
