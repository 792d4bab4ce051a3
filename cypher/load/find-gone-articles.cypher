// Articles read from under the given input paths (a file's own path, or a folder's path ending in /) that are not in
// the graph being loaded: their files are gone. `--prune` retracts them.
MATCH (a:Article)
WHERE any(p IN $prefixes WHERE a.source = p OR (p ENDS WITH '/' AND a.source STARTS WITH p))
  AND NOT a.id IN $keep
RETURN a.id AS id
ORDER BY id
