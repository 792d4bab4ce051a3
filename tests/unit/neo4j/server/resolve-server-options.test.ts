import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPassword, LOCAL_DEV_PASSWORD, resolveServerOptions } from '../../../../src/neo4j/server/resolve-server-options.ts';

describe('resolveServerOptions', () => {
  it('defaults to ./.neo4j, ports 7687/7474 and the local-dev password, and says it is the default', () => {
    const o = resolveServerOptions({}, {}, '/repo');
    expect(o).toMatchObject({ home: '/repo/.neo4j', instanceDir: '/repo/.neo4j', boltPort: 7687, httpPort: 7474, username: 'neo4j', password: LOCAL_DEV_PASSWORD, passwordIsDefault: true });
    expect(o.libDir).toBe(path.join('/repo/.neo4j', 'lib'));
    expect(o.dataDir).toBe(path.join('/repo/.neo4j', 'data'));
  });

  it('reads the environment', () => {
    const env = { ZHKG_NEO4J_HOME: '/cache/n4j', NEO4J_BOLT_PORT: '17687', NEO4J_HTTP_PORT: '0', NEO4J_PASSWORD: 'from-env-pw' };
    expect(resolveServerOptions({}, env, '/repo')).toMatchObject({ home: '/cache/n4j', boltPort: 17687, httpPort: 0, password: 'from-env-pw', passwordIsDefault: false });
  });

  it('lets options win over the environment, and keeps jars apart from a separate instance', () => {
    const o = resolveServerOptions({ instanceDir: '/tmp/i', boltPort: 0, password: 'option-pw' }, { NEO4J_BOLT_PORT: '1', NEO4J_PASSWORD: 'env-pw-xx' }, '/repo');
    expect(o).toMatchObject({ boltPort: 0, password: 'option-pw', libDir: path.join('/repo/.neo4j', 'lib'), confDir: path.join('/tmp/i', 'conf') });
  });

  it.each([['NEO4J_BOLT_PORT', 'abc'], ['NEO4J_HTTP_PORT', '70000']])('rejects %s=%s with E_USAGE', (name, value) => {
    expect(() => resolveServerOptions({}, { [name]: value }, '/repo')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });

  it('rejects passwords Neo4j would refuse, without echoing them', () => {
    let caught: unknown;
    try {
      checkPassword('short');
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'E_USAGE' });
    expect((caught as Error).message).not.toContain('short');
    expect(() => checkPassword('long-enough')).not.toThrow();
  });
});
