import type { Doc, EntityType, Mention } from '../types.ts';
import type { Lexicon } from '../lexicon/load-lexicon.ts';
import { matchLexicon } from './match-lexicon.ts';
import { discoverEntities } from './discover-entities.ts';
import { orgSuffixType } from './org-suffixes.ts';
import { looksLikeChineseName } from './surnames.ts';
import { isGeneric } from './generic-words.ts';
import { sentenceAt } from './sentence-at.ts';
import { normalizeText } from '../normalize/normalize-text.ts';

/**
 * All entity mentions of a document, never overlapping: lexicon matches first, then names the page marks
 * (tag links, bylines), then discovered names, longest first.
 */
export function recognizeMentions(doc: Doc, lexicon: Lexicon): Mention[] {
  const lexical = matchLexicon(doc, lexicon);
  const hinted = hintMentions(doc, lexicon);
  const discovered = discoverEntities(doc).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  const occupied = new Uint8Array(doc.text.length);
  const place = (m: Mention) => {
    for (let i = m.start; i < m.end; i++) if (occupied[i]) return;
    occupied.fill(1, m.start, m.end);
    taken.push(m);
  };
  lexical.forEach(place);
  // An organisation named after its place (天津轨道交通集团, 湖北荆州中级法院) takes the place's span.
  for (const d of discovered) {
    if (d.rule !== 'org-suffix') continue;
    const inner = taken.filter((m) => m.start < d.end && d.start < m.end);
    if (inner.length === 0 || inner[0]!.start !== d.start || !inner.every((m) => m.type === 'Location' && m.end <= d.end)) continue;
    for (const m of inner) taken.splice(taken.indexOf(m), 1);
    occupied.fill(0, d.start, d.end);
    place(d);
  }
  hinted.forEach(place);
  discovered.forEach(place);
  return taken.sort((a, b) => a.start - b.start);
}

function hintMentions(doc: Doc, lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const hint of doc.article.hints) {
    const name = normalizeText(hint.name.trim());
    if (name.length < 2 || seen.has(name) || isGeneric(name) || lexicon.bySurface.has(name)) continue;
    seen.add(name);
    const type = hintType(name, hint.type, hint.origin);
    if (!type) continue;
    for (let at = doc.norm.indexOf(name); at >= 0; at = doc.norm.indexOf(name, at + name.length)) {
      out.push({
        start: at,
        end: at + name.length,
        text: doc.text.slice(at, at + name.length),
        norm: name,
        type,
        source: 'hint',
        rule: `hint-${hint.origin}`,
        sentence: sentenceAt(doc.sentences, at),
      });
    }
  }
  return out;
}

function hintType(name: string, given: EntityType | undefined, origin: string): EntityType | undefined {
  if (given) return given;
  if (origin === 'byline') return 'Person';
  const org = orgSuffixType(name, true);
  if (org) return org.type;
  if (looksLikeChineseName(name)) return 'Person';
  return undefined;
}
