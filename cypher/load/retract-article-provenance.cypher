// Articles whose text changed: delete their MENTIONS/PUBLISHED_BY/WRITTEN_BY/EDITED_BY relationships, then the
// entities they touched that are now connected to nothing. The merges that follow recreate what the new text gives.
UNWIND $rows AS row
MATCH (old:Article {id: row.id})
WHERE old.contentHash <> row.contentHash
MATCH (old)-[p:MENTIONS|PUBLISHED_BY|WRITTEN_BY|EDITED_BY]->(e:Entity)
WITH collect(p) AS stale, collect(DISTINCT e) AS touched
FOREACH (p IN stale | DELETE p)
WITH touched
UNWIND touched AS e
WITH e
WHERE NOT (e)--()
DELETE e
