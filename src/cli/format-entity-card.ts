/** An entity card as terminal text: header, aliases, then each relation's facts with their evidence, newest first. */
import type { CardEvidence, EntityCard } from '../view/entity-card.ts';

function evidenceLines(e: CardEvidence): string[] {
  const source = [e.outlet, e.date?.slice(0, 10), e.title ? `《${e.title}》` : `article ${e.articleId}`]
    .filter(Boolean)
    .join(' ');
  const lines = [`      “${e.sentence}”`, `      ${source} · ${e.modality} · trigger ${e.trigger || '—'}`];
  if (e.url) lines.push(`      ${e.url}`);
  return lines;
}

export function formatEntityCard(card: EntityCard): string {
  const lines = [`${card.name}${card.nameEn && card.nameEn !== card.name ? ` (${card.nameEn})` : ''} — ${card.type}`];
  lines.push(`key: ${card.key} · ${card.mentions} mention${card.mentions === 1 ? '' : 's'}`);
  const aliases = card.aliases.filter((a) => a !== card.name);
  if (aliases.length > 0) lines.push(`aliases: ${aliases.join(', ')}`);
  if (card.relations.length === 0) lines.push('', 'no facts');
  for (const relation of card.relations) {
    lines.push('', `${relation.type} (${relation.facts.length})`);
    for (const fact of relation.facts) {
      const arrow = fact.direction === 'out' ? `→ ${fact.other.name}` : `← ${fact.other.name}`;
      const when = fact.date ? ` · ${fact.date.slice(0, 10)}` : '';
      lines.push(`  ${arrow} (${fact.other.type}) · ${fact.modality} · confidence ${Math.round(fact.confidence * 100) / 100}${when}`);
      for (const e of fact.evidence) lines.push(...evidenceLines(e));
    }
  }
  return lines.join('\n');
}
