/**
 * A real Neo4j 5.26 LTS Community server on this machine, without Docker: jars from Maven
 * Central (once), started as a plain `java` process bound to 127.0.0.1 with auth on.
 *
 *   npm run neo4j:start      # provision if needed, start, wait until Bolt answers RETURN 1
 *   npm run neo4j:status     # running? pid, bolt/http URLs, version
 *   npm run neo4j:stop       # graceful stop (SIGTERM, then SIGKILL after 60 s)
 *   npx tsx scripts/neo4j/neo4j.ts provision            # only download the jars (CI: run after npm ci)
 *   npx tsx scripts/neo4j/neo4j.ts admin <args…>        # neo4j-admin from the same jars, e.g.
 *     npx tsx scripts/neo4j/neo4j.ts admin database import full neo4j --overwrite-destination \
 *       --nodes=Entity=/abs/entities.csv --relationships=MENTIONS=/abs/mentions.csv
 *     (database name first: --nodes/--relationships swallow every argument after them. Community has one user database, `neo4j`: stop the server before importing into it.)
 *
 * Environment (see .env.example; read from ./.env too; the password is never printed):
 *   NEO4J_PASSWORD   password of user `neo4j`, set before the FIRST start (≥ 8 chars). When unset,
 *                    the local-dev default `zhkg-local-dev` is used: for local development only.
 *   NEO4J_BOLT_PORT [7687], NEO4J_HTTP_PORT [7474]: 127.0.0.1 ports; 0 picks free ones.
 *   ZHKG_NEO4J_HOME [./.neo4j]: jar cache (lib/), conf/, data/, logs/ (neo4j.log, console.log), run/.
 *   JAVA_HOME: Java 17 or 21 to use instead of `java` on PATH. Needs `mvn` the first time.
 * Browser: http://127.0.0.1:7474/browser/ (connect to bolt://127.0.0.1:7687 as neo4j).
 *
 * From code: import { startNeo4j, stopNeo4j, neo4jStatus, neo4jAdmin } from 'src/neo4j/server/index.ts'.
 * Tests: tests/integration/neo4j-server.ts (useNeo4j) and tests/integration/setup/neo4j-global-setup.ts.
 */
import { existsSync } from 'node:fs';
import { isZhkgError } from '../../src/errors.ts';
import { neo4jAdmin, neo4jStatus, provisionNeo4j, resolveServerOptions, startNeo4j, stopNeo4j } from '../../src/neo4j/server/index.ts';

const USAGE = 'usage: tsx scripts/neo4j/neo4j.ts start|stop|status|provision|admin <neo4j-admin args…>';
const progress = (message: string): void => {
  if (message === '.') process.stdout.write('.');
  else console.log(message);
};

async function main(argv: string[]): Promise<number> {
  // Same .env as docker compose; variables already in the environment win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const [command, ...rest] = argv;
  switch (command) {
    case 'start': {
      const began = Date.now();
      if (resolveServerOptions().passwordIsDefault) {
        console.warn('NEO4J_PASSWORD is not set: using the local-dev default password (see .env.example). Do not expose this server.');
      }
      const server = await startNeo4j({ onProgress: progress });
      const took = ((Date.now() - began) / 1000).toFixed(1);
      console.log(`\nNeo4j ${server.version} ${server.alreadyRunning ? 'was already running' : `is up after ${took} s`} (pid ${server.pid})`);
      console.log(`  bolt:    ${server.uri}   user: ${server.username}`);
      console.log(`  browser: ${server.httpUrl}/browser/`);
      return 0;
    }
    case 'stop': {
      const result = await stopNeo4j({ onProgress: progress });
      console.log(result.wasRunning ? `\nNeo4j stopped in ${(result.ms / 1000).toFixed(1)} s${result.killed ? ' (killed after the grace period)' : ''}` : 'Neo4j was not running');
      return 0;
    }
    case 'status': {
      const status = await neo4jStatus();
      if (!status.running) {
        console.log(`Neo4j is not running (instance ${status.instanceDir})`);
        return 3;
      }
      console.log(`Neo4j ${status.version ?? '(not answering yet)'} ${status.edition ?? ''} running, pid ${status.pid}`);
      console.log(`  bolt:    ${status.uri}\n  browser: ${status.httpUrl}/browser/\n  home:    ${status.instanceDir}`);
      return 0;
    }
    case 'provision': {
      const result = await provisionNeo4j({ onProgress: progress });
      console.log(result.downloaded ? `Neo4j jars provisioned in ${(result.ms / 1000).toFixed(1)} s: ${result.libDir}` : `Neo4j jars already present: ${result.libDir}`);
      return 0;
    }
    case 'admin': {
      await neo4jAdmin(rest, { inherit: true });
      return 0;
    }
    default:
      console.error(USAGE);
      return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\n${isZhkgError(error) ? `${error.code} ${error.message}` : String(error)}`);
    process.exit(1);
  },
);
