/**
 * The Neo4j artifacts zhkg runs from Maven Central. 5.26 is the LTS line; Browser releases on
 * Maven Central lag the server (5.24.0 is the newest there and is served fine by 5.26.x).
 */
export const NEO4J_VERSION = '5.26.30';
export const NEO4J_BROWSER_VERSION = '5.24.0';
/** The Docker image docker-compose.yml pins; keep in step with NEO4J_VERSION's minor line. */
export const NEO4J_DOCKER_IMAGE = 'neo4j:5.26-community';

export const NEO4J_SERVER_MAIN = 'org.neo4j.server.CommunityEntryPoint';
export const NEO4J_ADMIN_MAIN = 'org.neo4j.cli.AdminTool';

/** Written into the jar folder once Maven finished; a different value forces a new download. */
export const RUNTIME_MARKER = `neo4j=${NEO4J_VERSION} browser=${NEO4J_BROWSER_VERSION}`;
