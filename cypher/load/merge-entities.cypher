// One node per entity, keyed on its id, for entities of every type at once: `row.type` is one of the 8 entity types
// (validated by graphToRows) and becomes the type label through a dynamic label (Neo4j 5.26), so one query plan
// serves all types. A new node gets its label and properties at once. An existing one is locked first
// (`SET e._lock`, see merge-relations.cypher), loses its other type labels (an entity whose type changed keeps
// exactly one) and gets the union of its stored and the row's aliases, so loads of different articles, also two at
// once, add aliases up instead of the last one winning. `mentions` is recomputed from the MENTIONS relationships by
// count-entity-mentions.cypher once they are merged.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.type), e.name = row.name, e.nameEn = row.nameEn, e.aliases = row.aliases, e.mentions = row.mentions
ON MATCH SET e._lock = true
WITH e, row
WHERE e._lock
REMOVE e:Person:Company:GovernmentBody:MediaOutlet:PoliticalParty:Organization:Location:Product, e._lock
SET e:$(row.type),
    e.name = row.name,
    e.nameEn = row.nameEn,
    e.aliases = COLLECT { UNWIND coalesce(e.aliases, []) + row.aliases AS a WITH DISTINCT a RETURN a ORDER BY a }
