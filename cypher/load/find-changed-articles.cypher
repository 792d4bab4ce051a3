// The articles of the graph being loaded that the database holds with a different contentHash (their text changed):
// only these are retracted before the merges, so a load into a fresh database runs no retraction at all.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE a.contentHash <> row.contentHash
RETURN a.id AS id
ORDER BY id
