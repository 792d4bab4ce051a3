// Articles whose files are gone (after their evidence and provenance were retracted): the nodes themselves.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
DETACH DELETE a
