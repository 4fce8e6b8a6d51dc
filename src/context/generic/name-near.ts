import { HEADING_LIKE, headingLike } from './heading-like';
import { shortText } from '../parse/text';
import { normalizeField, type ReadEnv } from '../reading';
import { up } from '../dom';
import { tagOf } from '../tag';
import { matchLabel } from './labels';
import { hintWords, namesClient } from './hints';
import { looksLikeShownName } from './name-shape';
import { captionedName } from './heading-name-parts';
import { captionOfValue } from './hc-caption-cell';
import { holdsForm } from './scr-form-text';
import { gluedParts } from './crm2-glued-title';
import { withoutSaveState } from './scr-save-state';
import { withoutStatusBadge } from './hh-status-badge';
import { isAction, withoutAction } from './am-name-action';
import { withoutAgeSex } from './am-name-age';
import { PRONOUNS } from './hc-pronouns';
import { splitIdAfterName } from './name-id';
import { titleTail } from './am-title-tail';
import { relativeLead } from './tr-relative-lead';
import { ledByStaffRole } from './staff-role-lead';
import { proseByline } from './prose-byline';
import { credentialTail } from './credential-tail';
import { withoutHeadingNote } from './heading-note';
import { captionRun } from './caption-lead';
import { listedApart } from './listed-apart';
import { inSiteChrome } from './site-mark';
import { inSessionBar } from './session-bar';
import { headingWithoutBadge } from './heading-badge';
import { renderedMatches } from './shadow-scope';
import { captionedBold } from './captioned-bold';
import { inCallerLine } from './caller-line';

/**
 * The client's name where no label gives it: in the banner's own text, else in the nearest element
 * that reads as a name (a heading, a name-classed element) inside or before it.
 */

/** The record's type before a name ("Patient: …", "Case: …"), or a letter's "RE:", never part of it. */
export const ENTITY_TYPE = /^(?:patient|pt\.?|member|client|resident|contact|person account|account|lead|case|re)\s*:?\s+/i;
/** Elements that may hold the client's name beside a banner. */
export const NAME_CANDIDATES = `h1, h2, h3, h4, h5, ${HEADING_LIKE}, strong, b, [class*="name"], [class*="Name"], [id*="name"], [id*="Name"], [data-testid*="name"], [aria-label*="name"], [itemprop="name"]`;

export function nameNear(anchor: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  // The banner's own text first ("<div class=hapiHeaderText>Marguerite Anne <b>DELACROIX</b></div>").
  const own = nameFrom(anchor, env, false);
  if (own) return own;
  let region: Element | null = anchor;
  for (let level = 0; level < 6 && region && tagOf(region) !== 'BODY' && tagOf(region) !== 'HTML'; level++) {
    const all = renderedMatches(region, NAME_CANDIDATES).slice(0, 60);
    // Inside the anchor in reading order, then what precedes it, nearest first: what follows a banner
    // is the chart body, and a heading far above it names a section or the page.
    const inside = all.filter((c) => within(anchor, c));
    const before = all.filter((c) => !within(anchor, c) && !within(c, anchor) && c.compareDocumentPosition(anchor) & 4).reverse();
    for (const c of [...inside, ...before]) {
      // A name row holds the name and more (sex, tags): the name is the innermost candidate.
      if (all.some((d) => d !== c && c.contains(d) && namesClient(hintWords(d)) && !isAction(d))) continue;
      if (relativeLead(c)) continue;
      // Nor the caller's name in a screen pop's line saying who rang (caller-line.ts).
      if (inCallerLine(c)) continue;
      // Nor one row's name in a list beside the banner (listed-apart.ts).
      if (!within(anchor, c) && listedApart(c, anchor)) continue;
      // Never the app's own name in its navigation or logo (site-mark.ts).
      if (inSiteChrome(c)) continue;
      // Nor its module's name in the bar saying who is signed in (session-bar.ts).
      if (inSessionBar(c, anchor)) continue;
      const found = nameFrom(c, env, true);
      if (found) return found;
    }
    region = up(region);
  }
  // Else the banner's first text, when it reads as a chart's name (first-text-name.ts).
  return null;
}

/**
 * Whether `el` is `outer` or inside it, its shadow tree included: Node.contains stops at a shadow root, and the
 * order compareDocumentPosition gives a node across one is the engine's own (Chromium put a banner's slotted name
 * before its host, so it was neither inside nor before the banner).
 */
function within(outer: Element, el: Element): boolean {
  for (let n: Element | null = el; n; n = up(n)) if (n === outer) return true;
  return false;
}

export function nameFrom(c: Element, env: ReadEnv, candidate: boolean): { value: string; how: string; id?: string } | null {
  const heading = headingLike(c);
  const hints = hintWords(c);
  const hinted = namesClient(hints);
  if (candidate && !heading && tagOf(c) !== 'STRONG' && tagOf(c) !== 'B' && !hinted) return null;
  // A caption over its value in a grid of captioned cells (hc-caption-cell.ts).
  if (candidate && !heading && !hinted && captionOfValue(c, matchLabel)) return null;
  // Or a caption the reader does not know, styled like its line's known ones and followed by its value (caption-lead.ts).
  if (candidate && !heading && !hinted && captionRun(c)) return null;
  // A message's or a note entry's author in bold before its prose (prose-byline.ts).
  if (candidate && !heading && !hinted && proseByline(c)) return null;
  // Or another field's value in bold after its caption (captioned-bold.ts).
  if (candidate && !heading && !hinted && captionedBold(c)) return null;
  if (!env.vis.isVisible(c) || holdsForm(c)) return null;
  // "Given <b>FAMILY</b>" (HAPI's narrative header, banners): a family name in capitals, bold and alone in its
  // line, names with it; never in a table's cell, where documents list contacts that way.
  const parent = c.parentElement;
  const line = candidate && !heading && !hinted && parent?.childElementCount === 1 && tagOf(parent) !== 'TD' && /^\p{Lu}[\p{Lu}'’-]+$/u.test(shortText(c, 40) ?? '') ? parent : c;
  // A caption glued to the title (crm2-glued-title.ts): the last part that alone is a name of two words.
  // A heading whose name parts carry captions ("Grace<em>Given</em>", heading-name-parts.ts) reads without them,
  // and one holding a module's badge and buttons without those (heading-badge.ts).
  let text = ((heading ? (captionedName(c) ?? headingWithoutBadge(c)) : null) ?? gluedParts(line)?.reverse().find((t) => t.includes(' ') && looksLikeShownName(t)) ?? shortText(line, 80))?.replace(ENTITY_TYPE, '');
  // A record's title carries its name in a tooltip, its text adds a status ("Jane Doe- Saved").
  const titled = c.getAttribute('title')?.trim();
  if (titled && text?.startsWith(titled)) text = titled;
  // Without the name's own copy button (am-name-action.ts).
  if (text) text = withoutSaveState(line.lastElementChild ? withoutAction(line, text) : text);
  // Without the record's status badge after it (hh-status-badge.ts).
  if (text && line.lastElementChild) text = withoutHeadingNote(line, withoutStatusBadge(line, text));
  // Without an age and sex printed after it (am-name-age.ts).
  if (text && /\d/.test(text)) text = withoutAgeSex(text);
  // Without the pronouns after it (hc-pronouns.ts).
  if (text?.includes('/')) text = text.replace(PRONOUNS, '');
  // A colleague's name with their credential after it (credential-tail.ts).
  if (!text || matchLabel(text) || ledByStaffRole(text) || credentialTail(text)) return null;
  // The number in brackets may be the name element's next sibling ("<span>FAMILY, Given</span> <span>(208817)</span>").
  const next = c.nextElementSibling;
  // Or a "#" number after it, past a used name in brackets ("<span>FAMILY, Given</span> <span>(Roz)</span> <span>#7730019</span>").
  const past = next && /^\([^()\d]{1,30}\)$/.test(shortText(next, 40) ?? '') ? next.nextElementSibling : next;
  const hash = past ? /^#\s?([\w-]*\d[\w-]*)$/.exec(shortText(past, 30) ?? '')?.[1] : undefined;
  const { name: bare, id } = splitIdAfterName(next && /^\(#?\s*[\w-]*\d[\w-]*\)$/.test(shortText(next, 30) ?? '') ? `${text} ${shortText(next, 30)}` : hash ? `${text} (${hash})` : text);
  text = bare;
  if (!hinted && !looksLikeShownName(text)) {
    // "Patient Encounter for Kowalski, Margaret A.", "Care plan: Jane Doe": the heading ends with the name.
    const tail = heading ? /(?:\bfor|\bof|:|[-–—])\s+([^:–—]+)$/.exec(text)?.[1] : undefined;
    if (!tail || !looksLikeShownName(tail)) return null;
    text = tail;
  } else if (!hinted && heading && /:\s|\s[-–—]\s/.test(text)) {
    // "QUICKVIEW: OYELOWO, Tobi": a heading whose every word is capitalised, but no name holds ": " or " - " (am-title-tail.ts).
    const tail = titleTail(text);
    if (!tail || !looksLikeShownName(tail)) return null;
    text = tail;
  }
  const n = normalizeField('name', text, env);
  if (!n || !n.value.includes(' ')) return null;
  const cls = c.getAttribute('class')?.split(/\s+/)[0];
  return { value: n.value, how: `${tagOf(c).toLowerCase()}${cls ? `.${cls}` : ''}`, ...(id ? { id } : {}) };
}
