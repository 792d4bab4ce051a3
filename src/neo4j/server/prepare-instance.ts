import fs from 'node:fs/promises';
import path from 'node:path';
import { renderNeo4jConf } from './render-neo4j-conf.ts';
import type { ResolvedServerOptions } from './resolve-server-options.ts';

/** Creates an instance's folders and (re)writes its neo4j.conf for the given real ports. */
export async function prepareInstance(o: ResolvedServerOptions, ports: { boltPort: number; httpPort: number }): Promise<string> {
  const importDir = path.join(o.instanceDir, 'import');
  const pluginsDir = path.join(o.instanceDir, 'plugins');
  for (const dir of [o.confDir, o.dataDir, o.logsDir, o.runDir, importDir, pluginsDir]) {
    await fs.mkdir(dir, { recursive: true });
  }
  const confFile = path.join(o.confDir, 'neo4j.conf');
  const conf = renderNeo4jConf({ ...ports, dataDir: o.dataDir, logsDir: o.logsDir, runDir: o.runDir, importDir, pluginsDir, heap: o.heap, pageCache: o.pageCache });
  await fs.writeFile(confFile, conf);
  return confFile;
}

/** True once the server (or set-initial-password) has created the system database's auth data. */
export async function isInitialised(o: ResolvedServerOptions): Promise<boolean> {
  const probes = [path.join(o.dataDir, 'dbms', 'auth.ini'), path.join(o.dataDir, 'databases', 'system')];
  for (const probe of probes) {
    try {
      await fs.access(probe);
      return true;
    } catch {
      // try the next one
    }
  }
  return false;
}
