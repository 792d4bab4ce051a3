// How are two entities connected? The shortest chain of fact relationships (either direction, at most 6 hops,
// articles left out) between $from and $to, each given by canonical name, alias or id.
MATCH (a:Entity) WHERE a.name = $from OR a.id = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR b.id = $to OR $to IN b.aliases
WITH a, b WHERE a <> b
MATCH p = shortestPath((a)-[:CONTROLS|INVESTS_IN|OPERATES|LAUNCHED|FOUNDED|LEADS|WORKS_FOR|REGULATES|NEGOTIATES_WITH|PARTNERS_WITH|LOCATED_IN|CITES*..6]-(b))
RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS relations, length(p) AS hops
ORDER BY hops, names
LIMIT 1
