import neo4j from 'neo4j-driver';
import { ZhkgError } from '../../errors.ts';
import { canConnect } from './pick-free-port.ts';

export interface WaitForBoltInput {
  boltPort: number;
  username: string;
  password: string;
  timeoutMs: number;
  /** Checked every round: a server that died fails the wait at once. */
  isAlive?: () => boolean;
  /** Describes why the server died (log tail), for the error message. */
  diagnose?: () => Promise<string>;
  onProgress?: (message: string) => void;
}

const AUTH_FAILURES = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);

/**
 * Resolves once Bolt accepts TCP and answers `RETURN 1` with these credentials. A wrong password
 * fails at once (E_NEO4J_AUTH): waiting would not fix it.
 */
export async function waitForBolt(input: WaitForBoltInput): Promise<void> {
  const deadline = Date.now() + input.timeoutMs;
  let lastError = 'Bolt port not open yet';
  while (Date.now() < deadline) {
    if (input.isAlive && !input.isAlive()) {
      const why = input.diagnose ? await input.diagnose() : '';
      throw new ZhkgError('E_NEO4J_SERVER', `waitForBolt: the Neo4j process exited while starting\n${why}`);
    }
    if (await canConnect(input.boltPort)) {
      const driver = neo4j.driver(`bolt://127.0.0.1:${input.boltPort}`, neo4j.auth.basic(input.username, input.password), {
        connectionTimeout: 5000,
        maxConnectionPoolSize: 1,
      });
      try {
        await driver.executeQuery('RETURN 1 AS ok');
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (AUTH_FAILURES.has(code)) {
          throw new ZhkgError(
            'E_NEO4J_AUTH',
            `waitForBolt: the server on port ${input.boltPort} rejects user "${input.username}" with this password (${code}). ` +
              'If its data folder was initialised with another password, set NEO4J_PASSWORD to that one, or stop it and delete its data/ folder.',
            { cause: error },
          );
        }
        lastError = `${code} ${(error as Error).message}`.trim();
      } finally {
        await driver.close();
      }
    }
    input.onProgress?.('.');
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new ZhkgError('E_NEO4J_CONNECT', `waitForBolt: no answer on bolt://127.0.0.1:${input.boltPort} after ${Math.round(input.timeoutMs / 1000)} s (${lastError})`);
}
