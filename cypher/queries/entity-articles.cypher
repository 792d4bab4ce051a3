// Which articles mention an entity, newest first (undated ones last), with how often each mentions it.
// $name: canonical name, alias or id.
MATCH (e:Entity)
WHERE e.name = $name OR e.id = $name OR $name IN e.aliases
MATCH (a:Article)-[m:MENTIONS]->(e)
RETURN a.id AS id, a.title AS title, a.date AS date, a.outlet AS outlet, a.url AS url, m.count AS mentions
ORDER BY a.date IS NULL, a.date DESC, id
