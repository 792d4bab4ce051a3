import { defineConfig } from 'vitest/config';

// Two projects: unit tests (no services) and integration tests against a real Neo4j 5.26, which the
// global setup starts once per run (or takes from NEO4J_URI) and stops afterwards, even when tests fail.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/browser/viewer*.test.ts'],
          globalSetup: ['tests/integration/setup/neo4j-global-setup.ts'],
          fileParallelism: false,
        },
      },
      // The viewer's browser tests need Chromium but no Neo4j.
      { extends: true, test: { name: 'browser', include: ['tests/integration/browser/viewer*.test.ts'], fileParallelism: false } },
    ],
  },
});
