export { startNeo4j, type Neo4jHandle } from './start-neo4j.ts';
export { stopNeo4j, type StopResult } from './stop-neo4j.ts';
export { neo4jStatus, type Neo4jStatus } from './neo4j-status.ts';
export { neo4jAdmin, type AdminOptions, type AdminResult } from './neo4j-admin.ts';
export { provisionNeo4j, isProvisioned, type ProvisionResult } from './provision-neo4j.ts';
export { resolveServerOptions, DEFAULT_SERVER_OPTIONS, LOCAL_DEV_PASSWORD, type Neo4jServerOptions } from './resolve-server-options.ts';
export { NEO4J_VERSION, NEO4J_BROWSER_VERSION, NEO4J_DOCKER_IMAGE } from './neo4j-server-versions.ts';
