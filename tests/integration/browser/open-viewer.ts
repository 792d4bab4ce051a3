/**
 * Opens an out/graph.html in headless Chromium (/usr/bin/chromium; WebGL through SwiftShader) with every request
 * routed: file:// goes through, anything else is aborted and recorded, so a test can assert the page made none.
 * Console errors and uncaught exceptions are recorded too.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL without a GPU: SwiftShader, which newer Chromium no longer falls back to on its own.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface OpenedViewer {
  page: Page;
  /** Every non-file:// URL the page asked for (all aborted). */
  requests: string[];
  /** console.error messages and uncaught exceptions. */
  errors: string[];
  /** From navigation to the first frame after the viewer's ready mark (data parsed, sigma set up, UI wired). */
  openMs: number;
  /** The page's own marks, ms after navigation start: zhkg:start (HTML parsed, script running), zhkg:sigma, zhkg:ready, frame. */
  marks: Record<string, number>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export async function openViewer(browser: Browser, htmlFile: string, timeoutMs = 120_000): Promise<OpenedViewer> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) await route.continue();
    else {
      requests.push(url);
      await route.abort();
    }
  });
  const started = Date.now();
  await page.goto(pathToFileURL(htmlFile).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: timeoutMs });
  // One more frame so sigma's first render is on screen.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.mark('frame')))));
  const openMs = Date.now() - started;
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])),
  );
  return { page, requests, errors, openMs, marks };
}
