import type { ReadEnv } from '../reading';
import { normalizeField } from '../reading';
import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { hintWords } from './hints';
import { looksLikeShownName } from './name-shape';
import { readLabelled } from './labelled';
import type { GenericResult } from './index';

/** A card the user picked: marked by ARIA or by a class whose readable words say so ("_selected_7g1rd_99", "is-active"). */
const PICKED = '[aria-selected="true"], [aria-current]:not([aria-current="false"]), [class*="selected" i], [class*="active" i]';
const PICKED_WORD = /\b(?:selected|active|current)\b/;
/** Tabs, menus and buttons are marked picked too; they are no person's card. */
const CONTROL = 'button, a, input, select, [role="tab"], [role="menuitem"], [role="tablist"], nav';
/** The pane a picked card opens beside the list: a workspace, drawer, flyout or side panel. */
const PANE = 'aside, [role="complementary"], [role="dialog"], [class*="workspace" i], [class*="drawer" i], [class*="flyout" i]';
const CONFIDENCE = 0.75;

/**
 * Ward and census apps (the OpenMRS 3 ward app, bed boards, care-team worklists) list their patients as cards, one
 * marked picked, and open the picked patient's record in a workspace beside the list. The page then names several
 * patients, so the reader rejects it; but the one open is the picked card's person, when the pane repeats that card's
 * name and its record number is printed on the card. The pane is read alone. A relative's or a clinician's drawer
 * fails both: its person is on no picked card, and the record number read, if any, is not the card's; a pane
 * naming another listed patient (the user picked a new card) fails them too.
 */
export async function pickedWorkspace(doc: Document, env: ReadEnv): Promise<GenericResult | null> {
  const cards = Array.from(doc.querySelectorAll(PICKED)).slice(0, 200).filter((el) => pickedCard(el, env));
  const card = cards.find((c) => !cards.some((o) => o !== c && o.contains(c)));
  if (!card || cards.some((c) => c !== card && !card.contains(c))) return null;
  const panes = Array.from(doc.querySelectorAll(PANE)).slice(0, 50).filter((p) => !p.contains(card) && !card.contains(p) && env.vis.isVisible(p));
  const pane = panes.find((p) => !panes.some((o) => o !== p && o.contains(p)));
  if (!pane || panes.some((p) => !pane.contains(p))) return null;
  const name = repeatedName(card, pane, env);
  if (!name) return null;
  const outcome = await readLabelled(doc, env, pane);
  if (outcome.kind !== 'one') return null;
  const { reading } = outcome;
  const mrn = reading.fields.mrn;
  const cardText = squeeze(card.textContent ?? '');
  if (!mrn || !cardText.includes(squeeze(mrn))) return null;
  if (reading.fields.name && reading.fields.name !== name) return null;
  reading.fields.name = name;
  reading.provenance.name = 'picked card repeated in its workspace';
  return { reading, confidence: CONFIDENCE };
}

const squeeze = (s: string) => s.replace(/[\s.:#-]+/g, '').toLowerCase();

/** A visible card among siblings of its own kind (its own or a parent's: the same tag and first class), no control. */
function pickedCard(el: Element, env: ReadEnv): boolean {
  if (el.matches(CONTROL) || el.closest(CONTROL) || (el.textContent ?? '').length > 600) return false;
  if (!el.matches('[aria-selected="true"], [aria-current]') && !PICKED_WORD.test(hintWords(el))) return false;
  if (!env.vis.isVisible(el)) return false;
  for (let row: Element | null = el, i = 0; row?.parentElement && i < 3; row = row.parentElement, i++) {
    const cls = row.getAttribute('class')?.trim().split(/\s+/)[0] ?? '';
    if (Array.from(row.parentElement.children).some((s) => s !== row && tagOf(s) === tagOf(row) && (s.getAttribute('class')?.trim().split(/\s+/)[0] ?? '') === cls)) return true;
  }
  return false;
}

/** The one name shown whole both on the card and in the pane. */
function repeatedName(card: Element, pane: Element, env: ReadEnv): string | null {
  const leaves = (root: Element) => Array.from(root.querySelectorAll('*')).slice(0, 300).filter((e) => e.childElementCount === 0).map((e) => shortText(e, 80) ?? '');
  const inPane = new Set(leaves(pane));
  const names = new Set(leaves(card).filter((t) => t && inPane.has(t) && looksLikeShownName(t)).map((t) => normalizeField('name', t, env)?.value).filter((n): n is string => !!n && n.includes(' ')));
  return names.size === 1 ? ([...names][0] as string) : null;
}
