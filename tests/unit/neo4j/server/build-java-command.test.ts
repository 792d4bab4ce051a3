import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAdminCommand, buildServerCommand } from '../../../../src/neo4j/server/build-java-command.ts';

const input = { libDir: '/c/lib', instanceDir: '/i', confDir: '/i/conf', heap: '1g' };

describe('buildServerCommand', () => {
  const cmd = buildServerCommand(input);

  it('runs CommunityEntryPoint from the jar folder with this instance', () => {
    expect(cmd.command).toBe('java');
    expect(cmd.args).toEqual(expect.arrayContaining(['-cp', `/c/lib${path.sep}*`, 'org.neo4j.server.CommunityEntryPoint', '--home-dir=/i', '--config-dir=/i/conf']));
    expect(cmd.env).toEqual({ NEO4J_HOME: '/i', NEO4J_CONF: '/i/conf' });
  });

  it('sizes the heap and reads text as UTF-8', () => {
    expect(cmd.args).toEqual(expect.arrayContaining(['-Xms1g', '-Xmx1g', '-Dfile.encoding=UTF-8']));
  });

  it('puts JVM flags before the main class', () => {
    expect(cmd.args.indexOf('-Xmx1g')).toBeLessThan(cmd.args.indexOf('org.neo4j.server.CommunityEntryPoint'));
  });

  it('uses $JAVA_HOME/bin/java when given', () => {
    expect(buildServerCommand({ ...input, javaHome: '/jdk' }).command).toBe(path.join('/jdk', 'bin', 'java'));
  });
});

describe('buildAdminCommand', () => {
  it('runs AdminTool with the arguments after the main class', () => {
    const cmd = buildAdminCommand(input, ['dbms', 'set-initial-password', 'x']);
    expect(cmd.args.slice(-4)).toEqual(['org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', 'x']);
    expect(cmd.env.NEO4J_CONF).toBe('/i/conf');
  });
});
