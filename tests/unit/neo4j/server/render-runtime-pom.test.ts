import { describe, expect, it } from 'vitest';
import { NEO4J_BROWSER_VERSION, NEO4J_VERSION } from '../../../../src/neo4j/server/neo4j-server-versions.ts';
import { renderRuntimePom } from '../../../../src/neo4j/server/render-runtime-pom.ts';

function dependencies(pom: string): string[] {
  return [...pom.matchAll(/<dependency><groupId>([^<]+)<\/groupId><artifactId>([^<]+)<\/artifactId><version>([^<]+)<\/version><\/dependency>/g)].map(
    (m) => `${m[1]}:${m[2]}:${m[3]}`,
  );
}

describe('renderRuntimePom', () => {
  it('pins the server, neo4j-admin, the import tool and Browser', () => {
    expect(dependencies(renderRuntimePom())).toEqual([
      `org.neo4j:neo4j:${NEO4J_VERSION}`,
      `org.neo4j.app:neo4j-server:${NEO4J_VERSION}`,
      `org.neo4j:neo4j-command-line:${NEO4J_VERSION}`,
      `org.neo4j:neo4j-import-tool:${NEO4J_VERSION}`,
      `org.neo4j.client:neo4j-browser:${NEO4J_BROWSER_VERSION}`,
    ]);
  });

  it('uses the versions it is given', () => {
    expect(dependencies(renderRuntimePom({ neo4jVersion: '5.26.1', browserVersion: '5.21.0' }))).toContain('org.neo4j.client:neo4j-browser:5.21.0');
    expect(dependencies(renderRuntimePom({ neo4jVersion: '5.26.1' }))).toContain('org.neo4j:neo4j:5.26.1');
  });

  it('is a pom-packaged project with a pinned dependency plugin', () => {
    const pom = renderRuntimePom();
    expect(pom).toMatch(/<packaging>pom<\/packaging>/);
    expect(pom).toMatch(/<artifactId>maven-dependency-plugin<\/artifactId><version>\d+\.\d+\.\d+<\/version>/);
  });

  it('pins the LTS line', () => {
    expect(NEO4J_VERSION).toMatch(/^5\.26\.\d+$/);
  });
});
