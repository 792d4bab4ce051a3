import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEO4J_DOCKER_IMAGE } from '../../../../src/neo4j/server/neo4j-server-versions.ts';

// No YAML parser among the dependencies: these checks read the lines that matter.
const compose = readFileSync(new URL('../../../../docker-compose.yml', import.meta.url), 'utf8');
const envExample = readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8');

describe('docker-compose.yml', () => {
  it('pins the same Neo4j line as the local server', () => {
    expect(compose).toMatch(new RegExp(`^\\s+image: ${NEO4J_DOCKER_IMAGE.replace('.', '\\.')}$`, 'm'));
  });

  it('publishes Bolt and HTTP on 127.0.0.1 only', () => {
    const ports = [...compose.matchAll(/^\s+- "([^"]+:\d+)"$/gm)].map((m) => m[1]);
    expect(ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
  });

  it('takes the password from .env and contains none itself', () => {
    expect(compose).toMatch(/NEO4J_AUTH: "neo4j\/\$\{NEO4J_PASSWORD:\?/);
    expect(compose).not.toMatch(/NEO4J_AUTH: "?neo4j\/[^$]/);
  });

  it('has a healthcheck and a named data volume, so `up --wait` waits for a usable server', () => {
    expect(compose).toMatch(/healthcheck:\n(?:\s+#.*\n)*\s+test: .*RETURN 1/);
    expect(compose).toMatch(/- neo4j-data:\/data/);
    expect(compose).toMatch(/^volumes:\n\s+neo4j-data:/m);
  });

  it('gives the healthcheck the password through the environment, not cypher-shell\'s command line', () => {
    // The flow sequence on that line is JSON, so its shell command can be read exactly.
    const [kind, test] = JSON.parse(/^\s+test: (.*)$/m.exec(compose)![1]!) as string[];
    expect(kind).toBe('CMD-SHELL');
    expect(test).toMatch(/NEO4J_PASSWORD="\$\$\{NEO4J_AUTH#neo4j\/\}" cypher-shell /);
    expect(test).not.toMatch(/\s(-p|--password)\s/);
  });
});

describe('.env.example', () => {
  it.each(['NEO4J_PASSWORD', 'NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_DATABASE'])('documents %s', (name) => {
    expect(envExample).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
  });

  it('ships no password', () => {
    expect(envExample).toMatch(/^NEO4J_PASSWORD=$/m);
  });
});
