import { describe, expect, it } from 'vitest';
import { missingToolMessage, parseJavaMajor, requireJavaTools } from '../../../../src/neo4j/server/require-java-tools.ts';

describe('missingToolMessage', () => {
  it.each([
    ['java', undefined, /Java was not found/],
    ['java', '11', /Java 11 is too old/],
    ['mvn', undefined, /Maven \(mvn\) was not found/],
  ] as const)('%s (%s) says what is wrong', (tool, found, pattern) => {
    expect(missingToolMessage(tool, found)).toMatch(pattern);
  });

  it.each(['java', 'mvn'] as const)('tells how to install %s and names the Docker alternative', (tool) => {
    const message = missingToolMessage(tool);
    expect(message).toContain('apt-get install openjdk-17-jre-headless maven');
    expect(message).toContain('docker compose up -d --wait');
  });
});

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no version here', undefined],
  ])('%s → %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('requireJavaTools', () => {
  it('throws E_NEO4J_SERVER with the install hint when java is missing', () => {
    let caught: unknown;
    try {
      requireJavaTools(['java'], '/nonexistent-java-home');
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'E_NEO4J_SERVER' });
    expect((caught as Error).message).toContain('apt-get install');
  });
});
