/**
 * out/graph.html in headless Chromium, over the seed graph (built by `zhkg ingest seeds --format json,html`), a
 * synthetic 10,000-entity graph, and the banned-news-2018 corpus when ../shared/corpus has it. Every page must draw,
 * ask for nothing over the network, and log no console error; on the seed, search and filters are driven like a
 * user would. Screenshot: out/viewer.png. Timing is printed, not asserted (npm run bench:viewer measures it).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.ts';
import type { CliIo } from '../../../src/cli/cli-io.ts';
import { toGraphHtml } from '../../../src/write/graph-html.ts';
import { syntheticGraph, syntheticName } from '../../fixtures/graph/synthetic-graph.ts';
import type { Graph } from '../../../src/graph/index.ts';
import { sampleGraph } from '../neo4j/sample-graph.ts';
import { colouredPixels, decodePng } from './decode-png.ts';
import { launchBrowser, openViewer, type OpenedViewer } from './open-viewer.ts';
import { tempDirs } from '../../fixtures/temp-dirs.ts';

const tempDir = tempDirs();

const ROOT = new URL('../../../', import.meta.url).pathname;
const SCREENSHOT = join(ROOT, 'out', 'viewer.png');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'banned-news-2018');

const quietIo: CliIo = { out: () => {}, err: () => {}, env: {}, tty: false };

async function ingestToHtml(input: string): Promise<string> {
  const out = join(tempDir('zhkg-viewer-'), 'out');
  const code = await main(['ingest', input, '--out', out, '--format', 'json,html', '--quiet', '--no-neo4j'], quietIo);
  expect(code).toBe(0);
  return join(out, 'graph.html');
}

async function graphPixels(page: Page): Promise<number> {
  return colouredPixels(decodePng(await page.locator('#graph').screenshot()));
}

async function status(page: Page): Promise<{ entities: number; facts: number }> {
  const el = page.locator('#status');
  return { entities: Number(await el.getAttribute('data-entities')), facts: Number(await el.getAttribute('data-facts')) };
}

function expectClean(viewer: OpenedViewer): void {
  expect(viewer.requests, 'network requests').toEqual([]);
  expect(viewer.errors, 'console errors').toEqual([]);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('graph.html over the seed', () => {
  let viewer: OpenedViewer;
  beforeAll(async () => {
    viewer = await openViewer(browser, await ingestToHtml(join(ROOT, 'seeds')));
  }, 120_000);

  it('draws the graph with no network request and no console error', async () => {
    expect(await graphPixels(viewer.page)).toBeGreaterThan(500);
    expect(await status(viewer.page)).toEqual({ entities: 20, facts: 12 });
    expect(await viewer.page.locator('#legend-types').innerText()).toContain('Person');
    expectClean(viewer);
  });

  it.each([['马云'], ['馬雲'], ['Jack Ma']])('search %s → Enter opens 马云’s card naming 蚂蚁集团 with its evidence', async (query) => {
    const { page } = viewer;
    await page.fill('#search', query);
    await page.press('#search', 'Enter');
    const card = page.locator('#card');
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = await card.innerText();
    expect(text).toMatch(/^×?\s*马云/);
    expect(text).toContain('Jack Ma');
    expect(text).toContain('CONTROLS');
    expect(text).toContain('蚂蚁集团');
    expect(text).toContain('马云旗下的蚂蚁集团'); // the evidence sentence
    expect(text).toMatch(/reported/);
    expect(text).toContain('大纪元');
    expect(text).toContain('2021-06-23');
    expect(await card.locator('a[href^="https://www.epochtimes.com/"]').count()).toBeGreaterThan(0);
    expectClean(viewer);
  });

  it('lists matches while typing; a click on one opens its card', async () => {
    const { page } = viewer;
    await page.fill('#search', '螞蟻');
    const item = page.locator('#search-results li', { hasText: '蚂蚁集团' });
    await item.click();
    await expect.poll(async () => (await page.locator('#card h2').innerText()).trim()).toBe('蚂蚁集团');
  });

  it('opens a card by clicking the node on the canvas', async () => {
    const { page } = viewer;
    await page.locator('#card .close').click();
    await expect.poll(() => page.locator('#card').isVisible()).toBe(false);
    const position = () => page.evaluate(() => (window as unknown as { zhkgViewer: { viewportPosition(k: string): { x: number; y: number } } }).zhkgViewer.viewportPosition('jack-ma'));
    const box = (await page.locator('#graph').boundingBox())!;
    // On a busy machine the renderer may not have caught up with the camera (opening the previous card moved it over
    // 400 ms) when the first click lands, so it can miss: click where the node is now until its card opens.
    await expect.poll(async () => {
      if (!(await page.locator('#card').isVisible())) {
        const at = await position();
        await page.mouse.click(box.x + at.x, box.y + at.y);
        await page.waitForTimeout(150);
      }
      return (await page.locator('#card').isVisible()) && (await page.locator('#card h2').innerText()).trim();
    }, { interval: 300, timeout: 15_000 }).toBe('马云');
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('hides what a filter says: an entity type, a relation type, an outlet, a date range', async () => {
    const { page } = viewer;
    await page.locator('#card .close').click(); // the card lies over the graph and has coloured text
    const before = await graphPixels(page);
    await page.getByTestId('type-Person').uncheck();
    expect(await status(page)).toMatchObject({ entities: 15 });
    expect((await status(page)).facts).toBeLessThan(12);
    await page.getByTestId('type-Person').check();
    await page.getByTestId('relation-CONTROLS').uncheck();
    expect(await status(page)).toEqual({ entities: 20, facts: 9 });
    await page.getByTestId('relation-CONTROLS').check();
    await page.getByTestId('outlet-大纪元').uncheck();
    expect(await status(page)).toEqual({ entities: 0, facts: 0 });
    expect(await graphPixels(page)).toBeLessThan(before / 10);
    await page.getByTestId('outlet-大纪元').check();
    await page.fill('#date-from', '2021-06-24');
    await page.locator('#date-from').dispatchEvent('change');
    expect(await status(page)).toEqual({ entities: 0, facts: 0 });
    await page.fill('#date-from', '2021-06-23');
    await page.locator('#date-from').dispatchEvent('change');
    expect(await status(page)).toEqual({ entities: 20, facts: 12 });
    expectClean(viewer);
  });
});

describe('graph.html with hostile text', () => {
  it('shows names as text and links only http(s) URLs', { timeout: 120_000 }, async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"></script><b>马云</b>';
    const graph = sampleGraph() as unknown as Graph;
    graph.mergeNodeAttributes('jack-ma', { name: hostile });
    graph.mergeNodeAttributes('article:a1', { url: 'javascript:window.__pwned=1' });
    const file = join(tempDir('zhkg-viewer-hostile-'), 'graph.html');
    writeFileSync(file, toGraphHtml(graph));
    const viewer = await openViewer(browser, file);
    const { page } = viewer;
    await page.fill('#search', '马云');
    await expect.poll(() => page.locator('#search-results li').first().innerText()).toContain(hostile);
    await page.press('#search', 'Enter');
    await expect.poll(async () => (await page.locator('#card h2').innerText()).trim()).toBe(hostile);
    expect(await page.locator('#card img, #card b, #search-results img').count()).toBe(0);
    expect(await page.locator('#card a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('#card').innerText()).toContain('蚂蚁集团上市被叫停'); // a1's title, as text
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expectClean(viewer);
    await page.close();
  });
});

describe('graph.html over bigger graphs', () => {
  it('opens a synthetic 10,000-entity graph, draws it and finds an entity', { timeout: 300_000 }, async () => {
    const dir = tempDir('zhkg-viewer-10k-');
    const file = join(dir, 'graph.html');
    const started = Date.now();
    writeFileSync(file, toGraphHtml(syntheticGraph(10_000)));
    const writeMs = Date.now() - started;
    const viewer = await openViewer(browser, file);
    console.log(`viewer: synthetic 10,000 entities: graph.html written in ${writeMs} ms, opened in ${viewer.openMs} ms`);
    expect(await status(viewer.page)).toMatchObject({ entities: 10_000 });
    expect(await graphPixels(viewer.page)).toBeGreaterThan(5000);
    await viewer.page.fill('#search', 'entity 9999');
    await viewer.page.press('#search', 'Enter');
    await expect.poll(async () => (await viewer.page.locator('#card h2').innerText()).trim()).toBe(syntheticName(9999));
    expectClean(viewer);
    await viewer.page.close();
  });

  it('opens the banned-news-2018 corpus graph (skipped when ../shared/corpus lacks it)', { timeout: 600_000 }, async (ctx) => {
    if (!existsSync(CORPUS)) {
      console.log(`viewer: ${CORPUS} is absent; the corpus part is skipped`);
      ctx.skip();
    }
    const started = Date.now();
    const file = await ingestToHtml(CORPUS);
    const viewer = await openViewer(browser, file);
    console.log(`viewer: banned-news-2018: ingest + graph.html in ${Date.now() - started - viewer.openMs} ms, opened in ${viewer.openMs} ms`);
    expect((await status(viewer.page)).entities).toBeGreaterThan(5000);
    expect(await graphPixels(viewer.page)).toBeGreaterThan(5000);
    await viewer.page.fill('#search', '马云');
    await viewer.page.press('#search', 'Enter');
    const card = viewer.page.locator('#card');
    await expect.poll(() => card.innerText()).toContain('蚂蚁集团');
    expectClean(viewer);
    await viewer.page.close();
  });
});
