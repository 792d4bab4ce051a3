import { resolveServerOptions, type Neo4jServerOptions } from './resolve-server-options.ts';
import { isServerProcess, readServerState } from './server-state.ts';

export interface Neo4jStatus {
  running: boolean;
  instanceDir: string;
  pid?: number;
  uri?: string;
  httpUrl?: string;
  /** As the server reports it over HTTP; undefined when it does not answer (yet). */
  version?: string;
  edition?: string;
}

export async function neo4jStatus(options: Neo4jServerOptions = {}): Promise<Neo4jStatus> {
  const o = resolveServerOptions(options);
  const state = await readServerState(o.stateFile);
  if (!state || !isServerProcess(state.pid, o.confDir)) return { running: false, instanceDir: o.instanceDir };
  const httpUrl = `http://127.0.0.1:${state.httpPort}`;
  const status: Neo4jStatus = { running: true, instanceDir: o.instanceDir, pid: state.pid, uri: `bolt://127.0.0.1:${state.boltPort}`, httpUrl };
  try {
    // The discovery document needs no auth and names version and edition.
    const response = await fetch(`${httpUrl}/`, { signal: AbortSignal.timeout(3000), headers: { accept: 'application/json' } });
    const body = (await response.json()) as { neo4j_version?: string; neo4j_edition?: string };
    status.version = body.neo4j_version;
    status.edition = body.neo4j_edition;
  } catch {
    // still starting, or stopping
  }
  return status;
}
