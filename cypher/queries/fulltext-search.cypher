// Find entities by a Chinese (or Latin) name or alias, or part of one, through the cjk full-text index
// entity_names. $query is Lucene syntax (e.g. '蚂蚁' or '"人民银行"'); $limit caps the rows.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
       node.aliases AS aliases, score
ORDER BY score DESC, name
LIMIT $limit
