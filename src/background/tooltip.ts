import { listOverdue } from '../store/callbacks';
import { getClient } from '../store/clients';
import type { RapportDb } from '../store/db';
import { codecOf } from '../store/vault/codec';
import { pluralKey, PLAIN_WORDING } from '../domain/text/message-keys';

export type Translate = (key: string, substitutions?: string | string[]) => string;

const plurals = new Intl.PluralRules();

/** `key_one`, `key_other`, … as the browser language's plural rules pick by `count` (its first substitution). */
export function countedMessage(t: Translate, key: string, count: number): string {
  const wording = { ...PLAIN_WORDING, pluralCategory: (n: number) => plurals.select(n) };
  return t(pluralKey(key, count, wording, (form) => t(form) !== form), [String(count)]);
}

/** How many clients a tooltip or a notification names at most: enough to recognise, short enough to read. */
export const NAMES_SHOWN = 3;

/**
 * The names of the first few clients owed a callback that is due by `now`, longest overdue first,
 * each once. `more` says whether other clients are owed one too.
 */
export async function overdueClientNames(
  db: RapportDb,
  now: number,
  limit = NAMES_SHOWN,
): Promise<{ names: string[]; more: boolean }> {
  // A client can be owed several callbacks: read a few more rows than names wanted.
  const rows = await listOverdue(db, now, limit * 4);
  const ids = [...new Set(rows.map((row) => row.clientId))];
  const names: string[] = [];
  for (const id of ids) {
    if (names.length === limit) break;
    const client = await getClient(db, id);
    if (client) names.push(client.name);
  }
  return { names, more: ids.length > names.length || rows.length === limit * 4 };
}

/** "Rapport — N overdue callbacks", with names appended only when the user allowed names outside the panel. */
export function badgeTooltip(t: Translate, overdue: number, names: readonly string[] = [], more = false): string {
  if (overdue <= 0) return t('actionTitle');
  const count = countedMessage(t, 'badgeTitleOverdue', overdue);
  if (names.length === 0) return count;
  return t('badgeTitleWithNames', [count, names.join(', ') + (more ? ', …' : '')]);
}

/** The toolbar tooltip from the database: never a name unless `showNames`. */
export async function tooltipFor(db: RapportDb, now: number, overdue: number, showNames: boolean, t: Translate): Promise<string> {
  // Locked, the count stays (due times are kept in the clear) but no client is named.
  if (!showNames || overdue <= 0 || codecOf(db).status === 'locked') return badgeTooltip(t, overdue);
  const { names, more } = await overdueClientNames(db, now);
  return badgeTooltip(t, overdue, names, more);
}
