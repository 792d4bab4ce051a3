/**
 * Browser entry of out/graph.html (bundled by src/write/viewer-bundle.ts): reads the embedded ViewerData, draws it
 * with sigma.js (WebGL) and wires search, filters and entity cards. The one place sigma is imported.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../types.ts';
import type { ViewerData } from '../view/viewer-data.ts';
import { entityCard } from '../view/entity-card.ts';
import { searchEntities } from '../view/search-entities.ts';
import { applyFilters, outletOf, type FilterResult, type ViewerFilters } from '../view/apply-filters.ts';
import { ENTITY_COLORS, RELATION_COLORS, nodeSize } from './type-colors.ts';
import { renderCard } from './render-card.ts';
import { h } from './dom.ts';

const LABEL_FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`zhkg viewer: #${id} is missing`);
  return element as T;
}

function readData(): ViewerData {
  return JSON.parse(byId('zhkg-data').textContent ?? '{}') as ViewerData;
}

function buildGraph(data: ViewerData): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  const n = data.entities.length;
  // Thousands of nodes at full size would cover each other: shrink with the square root of the count (zoom to see).
  const scale = Math.min(1, Math.max(0.3, Math.sqrt(400 / Math.max(1, n))));
  data.entities.forEach((e, i) => {
    // Without a layout (never written so, but be safe) nodes go on a circle.
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    graph.addNode(String(i), {
      x: e.x ?? Math.cos(angle) * 100,
      y: e.y ?? Math.sin(angle) * 100,
      size: nodeSize(e.mentions) * scale,
      color: ENTITY_COLORS[e.type] ?? '#999',
      label: e.name,
    });
  });
  data.facts.forEach((f, i) => {
    graph.addDirectedEdgeWithKey(String(i), String(f.source), String(f.target), {
      size: Math.min(4, 0.6 + Math.log2(1 + f.weight)),
      color: RELATION_COLORS[f.type] ?? '#bbb',
      type: 'arrow',
    });
  });
  return graph;
}

function counts<T extends string>(values: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function checkboxList<T extends string>(
  container: HTMLElement,
  items: { value: T; label: string; count: number; color?: string }[],
  selected: Set<T>,
  onChange: () => void,
  testId: string,
): void {
  for (const item of items) {
    const box = h('input', { type: 'checkbox', checked: selected.has(item.value), 'data-testid': `${testId}-${item.value}`, value: item.value });
    box.addEventListener('change', () => {
      if (box.checked) selected.add(item.value);
      else selected.delete(item.value);
      onChange();
    });
    container.append(
      h(
        'label',
        { class: 'check' },
        box,
        item.color ? h('span', { class: 'swatch', style: `background:${item.color}` }) : null,
        ` ${item.label} `,
        h('span', { class: 'count' }, String(item.count)),
      ),
    );
  }
}

function start(): void {
  performance.mark('zhkg:start');
  const data = readData();
  const graph = buildGraph(data);
  const container = byId('graph');
  const renderer = new Sigma(graph, container, {
    labelFont: LABEL_FONT,
    labelSize: 13,
    defaultEdgeType: 'arrow',
    hideEdgesOnMove: data.facts.length > 5000,
    // Small graphs: every label; big ones: labels of bigger nodes only (sigma also thins them out by density).
    labelRenderedSizeThreshold: data.entities.length <= 300 ? 0 : 5,
    zIndex: true,
  });

  performance.mark('zhkg:sigma');
  const entityTypes = new Set<EntityType>(ENTITY_TYPES);
  const relationTypes = new Set<RelationType>(RELATION_TYPES);
  const outletCounts = counts(data.articles.map(outletOf));
  const outlets = new Set<string>(outletCounts.keys());
  const fromInput = byId<HTMLInputElement>('date-from');
  const toInput = byId<HTMLInputElement>('date-to');
  let visible: FilterResult = applyFilters(data, { entityTypes, relationTypes });
  let selected: number | undefined;
  let neighbours = new Set<number>();

  renderer.setSetting('nodeReducer', (node, attrs) => {
    const i = Number(node);
    if (visible.entities[i] !== 1) return { ...attrs, hidden: true };
    if (selected === undefined) return attrs;
    if (i === selected) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
    if (neighbours.has(i)) return { ...attrs, forceLabel: true, zIndex: 1 };
    return { ...attrs, color: '#ddd', label: '', zIndex: 0 };
  });
  renderer.setSetting('edgeReducer', (edge, attrs) => {
    const i = Number(edge);
    if (visible.facts[i] !== 1) return { ...attrs, hidden: true };
    if (selected === undefined) return attrs;
    const f = data.facts[i]!;
    return f.source === selected || f.target === selected ? { ...attrs, size: (attrs.size as number) + 1 } : { ...attrs, color: '#eee' };
  });

  const status = byId('status');
  const refresh = (): void => {
    const filters: ViewerFilters = {
      entityTypes,
      relationTypes,
      outlets: outlets.size === outletCounts.size ? undefined : outlets,
      from: fromInput.value || undefined,
      to: toInput.value || undefined,
    };
    visible = applyFilters(data, filters);
    status.textContent = `显示 ${visible.entityCount} / ${data.entities.length} 个实体 · ${visible.factCount} / ${data.facts.length} 条关系`;
    status.dataset.entities = String(visible.entityCount);
    status.dataset.facts = String(visible.factCount);
    renderer.refresh();
  };

  const entityCounts = counts(data.entities.map((e) => e.type));
  checkboxList(
    byId('legend-types'),
    ENTITY_TYPES.filter((t) => entityCounts.has(t)).map((t) => ({ value: t, label: t, count: entityCounts.get(t)!, color: ENTITY_COLORS[t] })),
    entityTypes,
    refresh,
    'type',
  );
  const relationCounts = counts(data.facts.map((f) => f.type));
  checkboxList(
    byId('legend-relations'),
    RELATION_TYPES.filter((t) => relationCounts.has(t)).map((t) => ({ value: t, label: t, count: relationCounts.get(t)!, color: RELATION_COLORS[t] })),
    relationTypes,
    refresh,
    'relation',
  );
  checkboxList(
    byId('legend-outlets'),
    [...outletCounts.entries()].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, label: value, count })),
    outlets,
    refresh,
    'outlet',
  );
  const days = data.articles.map((a) => a.date?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  if (days.length > 0) {
    for (const input of [fromInput, toInput]) {
      input.min = days[0]!;
      input.max = days.at(-1)!;
    }
  }
  fromInput.addEventListener('change', refresh);
  toInput.addEventListener('change', refresh);

  const cardPanel = byId('card');
  const close = (): void => {
    selected = undefined;
    neighbours = new Set();
    cardPanel.replaceChildren();
    cardPanel.hidden = true;
    renderer.refresh();
  };
  const open = (index: number): void => {
    selected = index;
    neighbours = new Set(data.facts.flatMap((f) => (f.source === index ? [f.target] : f.target === index ? [f.source] : [])));
    const card = renderCard(entityCard(data, index), open);
    card.querySelector('.close')?.addEventListener('click', close);
    cardPanel.replaceChildren(card);
    cardPanel.hidden = false;
    // Bring the node into view; zoom in only on big graphs, where the whole graph is a cloud.
    const display = renderer.getNodeDisplayData(String(index));
    const camera = renderer.getCamera();
    const ratio = data.entities.length > 300 ? Math.min(camera.ratio, 0.3) : camera.ratio;
    if (display) camera.animate({ x: display.x, y: display.y, ratio }, { duration: 400 });
    renderer.refresh();
  };
  renderer.on('clickNode', ({ node }) => open(Number(node)));
  renderer.on('clickStage', close);

  const search = byId<HTMLInputElement>('search');
  const results = byId('search-results');
  const showResults = (): void => {
    const hits = searchEntities(data, search.value, 12);
    results.replaceChildren(
      ...hits.map((hit) => {
        const e = data.entities[hit.index]!;
        const item = h(
          'li',
          {},
          h('span', { class: 'swatch', style: `background:${ENTITY_COLORS[e.type]}` }),
          ` ${e.name}`,
          e.nameEn && e.nameEn !== e.name ? h('span', { class: 'en' }, ` ${e.nameEn}`) : null,
          h('span', { class: 'count' }, ` ${e.type}`),
        );
        item.addEventListener('click', () => {
          results.replaceChildren();
          open(hit.index);
        });
        return item;
      }),
    );
    if (search.value.trim() && hits.length === 0) results.replaceChildren(h('li', { class: 'none' }, '没有结果 — no match'));
  };
  search.addEventListener('input', showResults);
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = searchEntities(data, search.value, 1)[0];
      results.replaceChildren();
      if (first) open(first.index);
    } else if (event.key === 'Escape') {
      results.replaceChildren();
    }
  });

  refresh();
  // For scripts and tests driving the page: where a node is on screen (keys as in graph.json), and open a card.
  Object.assign(window, {
    zhkgViewer: Object.freeze({
      viewportPosition(key: string): { x: number; y: number } | undefined {
        const i = data.entities.findIndex((e) => e.key === key);
        if (i < 0) return undefined;
        const { x, y } = graph.getNodeAttributes(String(i));
        return renderer.graphToViewport({ x, y });
      },
      open(key: string): void {
        const i = data.entities.findIndex((e) => e.key === key);
        if (i >= 0) open(i);
      },
    }),
  });
  performance.mark('zhkg:ready');
  document.body.dataset.ready = 'true';
}

start();
