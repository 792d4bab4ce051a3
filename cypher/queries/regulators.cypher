// Regulators and whom they regulate: each government or party body with a REGULATES relationship and its targets.
// $name: a regulator's name, alias or id to restrict to it, or null for all of them.
MATCH (g:Entity)-[r:REGULATES]->(x:Entity)
WHERE $name IS NULL OR g.name = $name OR g.id = $name OR $name IN g.aliases
WITH g, x, r
ORDER BY x.name
RETURN g.name AS regulator, [l IN labels(g) WHERE l <> 'Entity'][0] AS type,
       collect(x.name) AS regulates, sum(r.weight) AS weight
ORDER BY weight DESC, regulator
