/**
 * Viewer benchmark: how long graph.html takes to write (layout + data + bundle) and to open in headless Chromium,
 * for synthetic graphs of N entities (default 10,000) and, when present, the banned-news-2018 corpus graph.
 * "Open" is navigation → the viewer's ready mark (JSON parsed, sigma's first WebGL render, UI wired) + one frame.
 *   npm run bench:viewer [-- --entities 10000,20000 --repeat 3 --graph out/graph.json]
 * Needs /usr/bin/chromium. Prints the median of --repeat opens; exit 0 whatever the times.
 */
import { mkdtempSync, readFileSync, writeFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { graphFromJson, type Graph } from '../src/graph/index.ts';
import { layoutPositions } from '../src/graph/layout-positions.ts';
import { toGraphHtml } from '../src/write/graph-html.ts';
import { viewerBundle } from '../src/write/viewer-bundle.ts';
import { syntheticGraph } from '../tests/fixtures/graph/synthetic-graph.ts';
import { launchBrowser, openViewer } from '../tests/integration/browser/open-viewer.ts';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '10000' },
    repeat: { type: 'string', default: '3' },
    graph: { type: 'string' },
  },
});
const repeat = Math.max(1, Number(values.repeat));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const cases: { label: string; graph: () => Graph }[] = String(values.entities)
  .split(',')
  .filter(Boolean)
  .map((n) => ({ label: `synthetic ${Number(n).toLocaleString('en')} entities`, graph: () => syntheticGraph(Number(n)) }));
const graphFile = values.graph;
if (graphFile) {
  if (existsSync(graphFile)) cases.push({ label: graphFile, graph: () => graphFromJson(JSON.parse(readFileSync(graphFile, 'utf8'))) });
  else console.log(`SKIPPED ${graphFile}: not found`);
}

viewerBundle(); // bundled once per process; its cost is reported apart
const browser = await launchBrowser();
try {
  for (const c of cases) {
    const graph = c.graph();
    let t = performance.now();
    layoutPositions(graph);
    const layoutMs = performance.now() - t;
    t = performance.now();
    const html = toGraphHtml(graph); // lays out again: the write time is the whole of it
    const writeMs = performance.now() - t;
    const file = join(mkdtempSync(join(tmpdir(), 'zhkg-viewer-bench-')), 'graph.html');
    writeFileSync(file, html);
    const opens: number[] = [];
    let marks: Record<string, number> = {};
    for (let i = 0; i < repeat; i++) {
      const viewer = await openViewer(browser, file);
      opens.push(viewer.openMs);
      marks = viewer.marks;
      if (viewer.errors.length > 0 || viewer.requests.length > 0) console.log('  problems:', viewer.errors, viewer.requests);
      await viewer.page.close();
    }
    const entities = graph.filterNodes((_k, a) => a.type !== 'Article').length;
    console.log(
      `${c.label}: ${entities} entities, ${(statSync(file).size / 1e6).toFixed(1)} MB graph.html; ` +
        `write ${Math.round(writeMs)} ms (layout ${Math.round(layoutMs)} ms); open in Chromium: median ${median(opens)} ms of [${opens.join(', ')}]`,
    );
    // Where the last open went, from the page's marks: HTML parsed → data and sigma set up → UI wired → first frame drawn.
    console.log(`  last open: script starts ${marks['zhkg:start']} ms, sigma ready ${marks['zhkg:sigma']} ms, UI ready ${marks['zhkg:ready']} ms, first frame ${marks.frame} ms`);
  }
} finally {
  await browser.close();
}
