import { ROLE_TABLE, type RoleRow } from './role-table.ts';

/**
 * Role words: a person's title or job, from the role table (role-table.ts). Heads of an organisation give LEADS
 * facts, other roles WORKS_FOR, owners and founders CONTROLS, INVESTS_IN or FOUNDED; all also mark the name that
 * follows them as a person (记者林燕, 发言人华春莹). Longest first so that 董事局主席 wins over 主席.
 */
const byLength = (a: string, b: string) => b.length - a.length;
export const HEAD_ROLES = ROLE_TABLE.filter((r) => r.head).flatMap((r) => r.titles).sort(byLength);
export const OTHER_ROLES = ROLE_TABLE.filter((r) => !r.head).flatMap((r) => r.titles).sort(byLength);
export const ROLE_WORDS = [...HEAD_ROLES, ...OTHER_ROLES].sort(byLength);

const ROW_OF = new Map<string, RoleRow>();
for (const row of ROLE_TABLE) for (const t of row.titles) {
  if (ROW_OF.has(t)) throw new Error(`roleWords: title "${t}" is in rows ${ROW_OF.get(t)!.id} and ${row.id}`);
  ROW_OF.set(t, row);
}

/** The role table's row for a title word (董事长 → chair). */
export function roleRow(word: string): RoleRow | undefined {
  return ROW_OF.get(word);
}

export function roleKind(word: string): 'head' | 'other' | undefined {
  const row = ROW_OF.get(word);
  return row ? (row.head ? 'head' : 'other') : undefined;
}

const ROLE_LAST_CODES = new Uint8Array(0x10000);
for (const r of ROLE_WORDS) ROLE_LAST_CODES[r.charCodeAt(r.length - 1)] = 1;
/** Role words by the code of their last character, longest first as in ROLE_WORDS. */
const ROLES_BY_LAST = new Map<number, string[]>();
for (const r of ROLE_WORDS) {
  const code = r.charCodeAt(r.length - 1);
  (ROLES_BY_LAST.get(code) ?? ROLES_BY_LAST.set(code, []).get(code)!).push(r);
}

/** A cheap pre-check: could a role word end with this character? */
export function mayEndRole(code: number): boolean {
  return ROLE_LAST_CODES[code] === 1;
}

/**
 * The role word that `text` ends with, longest first. With `end` and `from`, the role word that
 * `text.slice(from, end)` ends with, without making that slice.
 */
export function roleAtEnd(text: string, end = text.length, from = 0): string | undefined {
  const roles = ROLES_BY_LAST.get(text.charCodeAt(end - 1));
  if (!roles) return undefined;
  for (const r of roles) if (r.length <= end - from && text.endsWith(r, end)) return r;
  return undefined;
}

/** The role word that `text` starts with, longest first. */
export function roleAtStart(text: string): string | undefined {
  for (const r of ROLE_WORDS) if (text.startsWith(r)) return r;
  return undefined;
}
