// Article -[:$TYPE]-> Entity for PUBLISHED_BY, WRITTEN_BY, EDITED_BY ($TYPE validated before substitution).
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
MERGE (a)-[:$TYPE]->(e)
