/**
 * out/graph.html: one self-contained page that draws the graph offline. The graph goes in as ViewerData JSON in a
 * <script type="application/json"> (every `<` escaped, so no text can close the element), positions computed here
 * (layoutPositions) so the browser opens a 10,000-node graph without laying it out, and the viewer's script
 * (viewerBundle) inline. A Content-Security-Policy allows that one script (by hash) and no network request at all.
 */
import { createHash } from 'node:crypto';
import type { Graph } from '../graph/index.ts';
import { layoutPositions } from '../graph/layout-positions.ts';
import { toViewerData } from '../view/to-viewer-data.ts';
import { viewerBundle } from './viewer-bundle.ts';
import { xmlEscape } from './xml-escape.ts';

/** JSON safe inside a <script> element: `<` (so `</script` and `<!--`) and the JS line separators escaped. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A script's text made safe for inline use: `</script` cannot end the element early (esbuild output never has it). */
function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.45 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#222;background:#fafafa}
#app{display:grid;grid-template-columns:250px 1fr;grid-template-rows:auto 1fr;height:100%}
header{grid-column:1/3;display:flex;gap:12px;align-items:center;padding:6px 10px;border-bottom:1px solid #ddd;background:#fff}
header h1{font-size:16px;margin:0;white-space:nowrap}
#search-box{position:relative;flex:0 1 360px}
#search{width:100%;padding:5px 8px;font:inherit;border:1px solid #bbb;border-radius:4px}
#search-results{position:absolute;z-index:10;left:0;right:0;margin:2px 0 0;padding:0;list-style:none;background:#fff;border:1px solid #ccc;border-radius:4px;max-height:60vh;overflow:auto;box-shadow:0 2px 8px #0002}
#search-results:empty{display:none}
#search-results li{padding:4px 8px;cursor:pointer}
#search-results li:hover{background:#eef}
#status{color:#555;font-size:13px;white-space:nowrap}
aside{overflow:auto;padding:8px 10px;border-right:1px solid #ddd;background:#fff;font-size:13px}
aside h2{font-size:13px;margin:10px 0 4px;color:#444}
.check{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;cursor:pointer}
.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 2px;vertical-align:baseline}
.count,.en{color:#888}
#legend-outlets{max-height:200px;overflow:auto}
.dates label{display:block;margin:2px 0}
.dates input{font:inherit;font-size:12px}
main{position:relative;overflow:hidden}
#graph{position:absolute;inset:0}
#card{position:absolute;top:8px;right:8px;bottom:8px;width:min(440px,45%);overflow:auto;background:#fff;border:1px solid #ccc;border-radius:6px;padding:10px 14px;box-shadow:0 2px 12px #0003}
#card[hidden]{display:none}
.card h2{margin:0 24px 2px 0;font-size:20px}
.card h3{font-size:13px;margin:14px 0 4px;border-left:4px solid #999;padding-left:6px}
.card .subtitle,.card .aliases{color:#555;font-size:13px}
.card .close{position:absolute;top:6px;right:8px;border:0;background:none;font-size:20px;cursor:pointer}
.facts,.evidence-list{list-style:none;margin:0;padding:0}
.fact{margin:6px 0}
.evidence-list{margin-left:14px;font-size:13px}
.evidence{margin:4px 0}
.evidence q{display:block;color:#333}
.evidence .meta{color:#777;font-size:12px}
.modality{border:1px solid #ccc;border-radius:3px;padding:0 3px}
.modality-negated{color:#b00;border-color:#b00}.modality-hedged{color:#a60;border-color:#a60}.modality-reported{color:#06a;border-color:#06a}
`;

export function toGraphHtml(graph: Graph): string {
  const data = toViewerData(graph, layoutPositions(graph));
  const script = inlineScript(viewerBundle());
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'`;
  const title = `zhkg — ${data.entities.length} entities, ${data.facts.length} relations`;
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${xmlEscape(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zhkg">
<link rel="icon" href="data:,">
<title>${xmlEscape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div id="app">
<header>
<h1>zhkg 知识图谱</h1>
<div id="search-box"><input id="search" type="search" placeholder="搜索名称或别名 — search a name or alias (马云, 馬雲, Jack Ma)" autocomplete="off" aria-label="search"><ul id="search-results"></ul></div>
<span id="status"></span>
</header>
<aside>
<h2>实体类型 Entity types</h2><div id="legend-types"></div>
<h2>关系类型 Relations</h2><div id="legend-relations"></div>
<h2>媒体 Outlets</h2><div id="legend-outlets"></div>
<h2>日期 Dates</h2><div class="dates"><label>从 from <input id="date-from" type="date"></label><label>到 to <input id="date-to" type="date"></label></div>
</aside>
<main><div id="graph"></div><div id="card" hidden></div></main>
</div>
<script type="application/json" id="zhkg-data">${scriptSafeJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
