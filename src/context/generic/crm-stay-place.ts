import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import type { LabelRule } from './labels';
import type { RawPair } from './line';
import type { Row } from './stay-table';

/**
 * Where a stay table's current stay is: its row's cell under a location column ("Facility | Admit |
 * Discharge", a care manager's transitions and authorizations). Only with that row's own dates, so it
 * is the stay's place, never the user's facility printed elsewhere.
 */
export function stayPlace(head: Row, row: Row, rules: (LabelRule | null)[], env: ReadEnv): (RawPair & { el: Element }) | null {
  // A program's episode names its place a site.
  // A label that names a place only in some values ("Program": a residential site, program-site.ts) keeps its own part.
  const shown = (k: number) => shortText(row.cells[k] as Element, 60, undefined, (e) => env.vis.isVisible(e));
  const i = rules.findIndex((r, k) => (r?.field === 'location' && (!r.value || r.value(shown(k) ?? '') !== null)) || /^site$/i.test(shortText(head.cells[k] as Element, 20) ?? ''));
  const cell = i >= 0 ? row.cells[i] : undefined;
  const whole = cell ? shown(i) : null;
  const part = rules[i]?.value;
  const raw = whole && part ? part(whole) : whole;
  return cell && raw && /\p{L}/u.test(raw) ? { rule: { field: 'location', re: /^$/ }, raw, how: `column "${shortText(head.cells[i] as Element, 40)}"`, el: cell } : null;
}
