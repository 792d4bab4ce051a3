/** An EntityCard as DOM: header, aliases, facts grouped by relation with their evidence (sentence, modality, date, outlet, link). */
import type { CardEvidence, EntityCard } from '../view/entity-card.ts';
import { ENTITY_COLORS, RELATION_COLORS } from './type-colors.ts';
import { h, safeHref } from './dom.ts';

function evidenceItem(e: CardEvidence): HTMLElement {
  const href = safeHref(e.url);
  const source = [e.outlet, e.date?.slice(0, 10)].filter(Boolean).join(' · ');
  const title = e.title ? `《${e.title}》` : `article ${e.articleId}`;
  return h(
    'li',
    { class: 'evidence' },
    h('q', {}, e.sentence),
    h(
      'div',
      { class: 'meta' },
      h('span', { class: `modality modality-${e.modality}` }, e.modality),
      source ? h('span', {}, ` ${source} `) : ' ',
      href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, title) : h('span', {}, title),
      e.trigger ? h('span', { class: 'trigger' }, ` · ${e.trigger}`) : null,
    ),
  );
}

export function renderCard(card: EntityCard, onOpen: (index: number) => void): HTMLElement {
  const aliases = card.aliases.filter((a) => a !== card.name);
  const body = h(
    'div',
    { class: 'card', 'data-key': card.key },
    h('button', { class: 'close', title: '关闭', 'aria-label': 'close' }, '×'),
    h('h2', {}, card.name),
    h(
      'div',
      { class: 'subtitle' },
      h('span', { class: 'swatch', style: `background:${ENTITY_COLORS[card.type]}` }),
      ` ${card.type}`,
      card.nameEn && card.nameEn !== card.name ? ` · ${card.nameEn}` : null,
      ` · ${card.mentions} mentions`,
    ),
    aliases.length > 0 ? h('div', { class: 'aliases' }, `别名 aliases: ${aliases.join('、')}`) : null,
  );
  if (card.relations.length === 0) body.append(h('p', { class: 'empty' }, '没有关系 — no facts'));
  for (const relation of card.relations) {
    const list = h('ul', { class: 'facts' });
    for (const fact of relation.facts) {
      const link = h('a', { href: '#', class: 'entity-link', 'data-index': String(fact.other.index) }, fact.other.name);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        onOpen(fact.other.index);
      });
      list.append(
        h(
          'li',
          { class: 'fact' },
          h(
            'div',
            { class: 'fact-head' },
            fact.direction === 'out' ? '→ ' : '← ',
            link,
            ` (${fact.other.type}) · ${fact.modality} · ${Math.round(fact.confidence * 100) / 100}`,
            fact.date ? ` · ${fact.date.slice(0, 10)}` : null,
          ),
          h('ul', { class: 'evidence-list' }, ...fact.evidence.map(evidenceItem)),
        ),
      );
    }
    body.append(
      h('h3', { style: `border-color:${RELATION_COLORS[relation.type]}` }, `${relation.type} (${relation.facts.length})`),
      list,
    );
  }
  return body;
}
