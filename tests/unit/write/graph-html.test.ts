import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/index.ts';
import { scriptSafeJson, toGraphHtml } from '../../../src/write/graph-html.ts';
import type { ViewerData } from '../../../src/view/viewer-data.ts';
import { sampleGraph } from '../../integration/neo4j/sample-graph.ts';

const HOSTILE = '</script><script>alert(1)</script><!-- \u2028 & <b>';

function page(): string {
  const graph = sampleGraph() as unknown as Graph;
  graph.mergeNodeAttributes('jack-ma', { name: HOSTILE });
  return toGraphHtml(graph);
}

function embeddedData(html: string): ViewerData {
  const match = /<script type="application\/json" id="zhkg-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no data element');
  return JSON.parse(match[1]!) as ViewerData;
}

describe('scriptSafeJson', () => {
  it('escapes every < and the JS line separators and still parses to the same value', () => {
    const value = { s: HOSTILE };
    const text = scriptSafeJson(value);
    expect(text).not.toContain('<');
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('toGraphHtml', () => {
  const html = page();

  it('is one file: two script elements (data and code), no external src or href but the data: icon', () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toMatch(/\ssrc=/);
    expect([...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1])).toEqual(['data:,']);
    expect(html).not.toMatch(/https?:\/\/(?!example\.org)[^"\s]*\.(js|css)/);
  });

  it('embeds the data whole, hostile names included, with a position for every entity', () => {
    const data = embeddedData(html);
    const ma = data.entities.find((e) => e.key === 'jack-ma')!;
    expect(ma.name).toBe(HOSTILE);
    expect(data.entities.every((e) => Number.isFinite(e.x) && Number.isFinite(e.y))).toBe(true);
    expect(data.facts.length).toBeGreaterThan(0);
  });

  it('allows only its own script by hash and no network in its Content-Security-Policy', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'").replace(/&apos;/g, "'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    const code = /<script>([\s\S]*)<\/script>\s*<\/body>/.exec(html)![1]!;
    const hash = createHash('sha256').update(code, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
  });

  it('sets CJK fonts first in the page font list', () => {
    expect(html).toContain('"Noto Sans CJK SC","PingFang SC","Microsoft YaHei"');
  });
});
