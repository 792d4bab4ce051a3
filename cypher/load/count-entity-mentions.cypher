// After the mentions merge: each entity of the graph being loaded gets `mentions` = the sum of its MENTIONS counts
// over every article in the database, so a graph of some articles adds to what other loads counted, and two
// loaders at once end with the same sum as one after the other. Locked first (see merge-relations.cypher): another
// loader's new MENTIONS to the entity waits for this transaction, and its own count runs after it.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e._lock = true
WITH e
SET e.mentions = reduce(n = 0, c IN COLLECT { MATCH (:Article)-[m:MENTIONS]->(e) RETURN m.count } | n + c)
REMOVE e._lock
