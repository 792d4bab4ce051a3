import { describe, expect, it } from 'vitest';
import { renderNeo4jConf } from '../../../../src/neo4j/server/render-neo4j-conf.ts';

const conf = renderNeo4jConf({
  boltPort: 17687,
  httpPort: 17474,
  dataDir: '/srv/n/data',
  logsDir: '/srv/n/logs',
  runDir: '/srv/n/run',
  importDir: '/srv/n/import',
  pluginsDir: '/srv/n/plugins',
  heap: '1g',
  pageCache: '512m',
});

function settings(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.includes('=')) continue;
    const i = line.indexOf('=');
    expect(map.has(line.slice(0, i)), `duplicate setting ${line.slice(0, i)}`).toBe(false);
    map.set(line.slice(0, i), line.slice(i + 1));
  }
  return map;
}

describe('renderNeo4jConf', () => {
  const s = settings(conf);

  it('binds every listener to 127.0.0.1 only', () => {
    const listens = [...s].filter(([key]) => key.endsWith('listen_address'));
    expect(listens.length).toBeGreaterThanOrEqual(3);
    for (const [key, value] of listens) expect(value, key).toMatch(/^127\.0\.0\.1(:\d+)?$/);
  });

  it.each([
    ['server.bolt.listen_address', '127.0.0.1:17687'],
    ['server.bolt.advertised_address', '127.0.0.1:17687'],
    ['server.http.listen_address', '127.0.0.1:17474'],
    ['server.http.advertised_address', '127.0.0.1:17474'],
    ['dbms.security.auth_enabled', 'true'],
    ['server.https.enabled', 'false'],
    ['server.directories.data', '/srv/n/data'],
    ['server.directories.logs', '/srv/n/logs'],
    ['server.memory.heap.max_size', '1g'],
    ['server.memory.pagecache.size', '512m'],
  ])('sets %s=%s', (key, value) => {
    expect(s.get(key)).toBe(value);
  });

  it('writes Windows paths with forward slashes (backslashes are escapes in neo4j.conf)', () => {
    const win = settings(renderNeo4jConf({ boltPort: 1, httpPort: 2, dataDir: 'C:\\n\\data', logsDir: 'l', runDir: 'r', importDir: 'i', pluginsDir: 'p', heap: '1g', pageCache: '1g' }));
    expect(win.get('server.directories.data')).toBe('C:/n/data');
  });
});
