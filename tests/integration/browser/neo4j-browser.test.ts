/**
 * Neo4j Browser (served by the real server at <http>/browser/) in headless Chromium: log in, run the saved query
 * cypher/queries/who-controls.cypher for 蚂蚁集团, see the answer, keep a screenshot in out/neo4j-browser.png.
 * Needs /usr/bin/chromium (`apt-get install -y chromium`).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/neo4j/load-graph.ts';
import { sampleGraph } from '../neo4j/sample-graph.ts';
import { clearDatabase, useTestDb } from '../neo4j/neo4j-test-db.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENSHOT = new URL('../../../out/neo4j-browser.png', import.meta.url).pathname;

const db = useTestDb({ clearBeforeEach: false });
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
});

describe('Neo4j Browser', () => {
  it('logs in, runs the saved who-controls query and shows 马云 controlling 蚂蚁集团', { timeout: 180_000 }, async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
    await clearDatabase(db.conn);
    await loadGraph(sampleGraph(), db.conn);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${db.server.httpUrl}/browser/`);

    const bolt = new URL(db.conn.uri.replace(/^[a-z+]+:/, 'http:'));
    await page.getByTestId('bolt-scheme-select').selectOption('bolt://');
    await page.getByTestId('boltaddress').fill(`${bolt.hostname}:${bolt.port}`);
    await page.getByTestId('username').fill(db.conn.username);
    await page.getByTestId('password').fill(db.conn.password);
    await page.getByTestId('connect').click();
    await page.getByText('You are connected as user').waitFor({ timeout: 30_000 });

    const run = async (text: string): Promise<void> => {
      await page.getByTestId('activeEditor').click();
      await page.keyboard.insertText(text);
      await page.getByTestId('editor-Run').click();
    };
    await run(":param name => '蚂蚁集团'");
    await expect.poll(async () => page.getByTestId('frame').filter({ hasText: ':param' }).count(), { timeout: 15_000 }).toBe(1);
    const query = readFileSync(new URL('../../../cypher/queries/who-controls.cypher', import.meta.url), 'utf8');
    await run(query.trim());

    // The query text names 蚂蚁集团 in its comment, so wait for the answer (马云) in the result table.
    const result = page.getByTestId('frame').filter({ hasText: 'controller' }).filter({ hasText: '马云' });
    try {
      await expect.poll(async () => result.count(), { timeout: 30_000 }).toBe(1);
    } catch (error) {
      await page.screenshot({ path: SCREENSHOT.replace('.png', '-failed.png') });
      throw error;
    }
    const text = await result.innerText();
    expect(text).toContain('蚂蚁集团');
    expect(text).toContain('Person');

    mkdirSync(new URL('../../../out/', import.meta.url), { recursive: true });
    await result.scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
