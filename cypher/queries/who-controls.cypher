// Who controls an entity? $name: its canonical name, any alias, or its id (e.g. '蚂蚁集团', '蚂蚁金服', 'ant-group').
// Direct controllers first (CONTROLS, strongest first), with the evidence sentences as JSON strings.
MATCH (e:Entity)
WHERE e.name = $name OR e.id = $name OR $name IN e.aliases
MATCH (c:Entity)-[r:CONTROLS]->(e)
RETURN c.name AS controller, [l IN labels(c) WHERE l <> 'Entity'][0] AS type, e.name AS entity,
       r.confidence AS confidence, r.modality AS modality, r.weight AS weight, r.evidence AS evidence
ORDER BY r.confidence DESC, r.weight DESC, controller
