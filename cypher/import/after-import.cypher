// Run once after `neo4j-admin database import full` of a `zhkg export --format neo4j-import` folder (the export
// copies this file, followed by schema.cypher, into its after-import.cypher). The importer cannot write an empty
// array (an empty array field leaves the property unset), while the loader stores `aliases: []` for an entity
// without aliases: set it here, so the imported database equals a loaded one. Idempotent.
MATCH (e:Entity) WHERE e.aliases IS NULL
SET e.aliases = [];
