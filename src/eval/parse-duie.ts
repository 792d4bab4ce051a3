import { ZhkgError } from '../errors.ts';
import { DUIE_PREDICATES, type RePredicate, type ReGoldSentence, type ReGoldTriple } from './re-gold.ts';

interface DuieSpo {
  predicate: string;
  subject: string;
  object: { '@value': string } | string;
}

/**
 * DuIE 2.0 records, one JSON object per line (`text`, `spo_list`), to the sentences that hold at least one triple
 * of a shared predicate; `index` is the line's position among the file's records, so the split does not depend on
 * which predicates are shared.
 */
export function parseDuie(content: string, predicates: readonly RePredicate[] = DUIE_PREDICATES, file?: string): ReGoldSentence[] {
  const byLabel = new Map(predicates.map((p) => [p.label, p]));
  const out: ReGoldSentence[] = [];
  const lines = content.split('\n').filter((l) => l.trim() !== '');
  lines.forEach((line, index) => {
    let record: { text?: unknown; spo_list?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch (cause) {
      throw new ZhkgError('E_GOLD_INVALID', `parseDuie: record ${index} is not JSON`, { file, cause });
    }
    if (typeof record.text !== 'string' || !Array.isArray(record.spo_list)) throw new ZhkgError('E_GOLD_INVALID', `parseDuie: record ${index} has no text or spo_list`, { file });
    const triples: ReGoldTriple[] = [];
    const seen = new Set<string>();
    for (const spo of record.spo_list as DuieSpo[]) {
      const p = byLabel.get(spo.predicate);
      if (!p) continue;
      const object = typeof spo.object === 'string' ? spo.object : spo.object?.['@value'];
      if (typeof spo.subject !== 'string' || typeof object !== 'string') continue;
      const [subject, obj] = p.ourSubject === 'subject' ? [spo.subject, object] : [object, spo.subject];
      const key = `${p.label}|${subject}|${obj}`;
      if (seen.has(key)) continue;
      seen.add(key);
      triples.push({ predicate: p.label, subject, object: obj, subjectKind: p.subjectKind, objectKind: p.objectKind, accept: p.accept });
    }
    if (triples.length > 0) out.push({ index, text: record.text, triples });
  });
  return out;
}
