import { shortText } from '../parse/text';
import type { ReadEnv } from '../reading';
import { matchLabel } from './labels';
import { BANNER_HINT, hintWords, namesClient } from './hints';
import { looksLikeShownName } from './name-shape';
import { tagOf } from '../tag';

/**
 * People with one name ("Tenzin", "Suharto"): records print the one word where others print two.
 * One word is far more often a section title, a role or a first name alone, so it stands for the
 * client only where a whole identity stands beside it (a record number and a birth date, checked by
 * the caller) and only where a banner puts its name: an element the markup calls the name, or the
 * heading a banner opens with (never the first value of a line, which may be a name's part before a comma), or a FHIR narrative's header line; or under a "Name" label, when the
 * page labels one such name. The signed-in user's name sits in the app's header, outside the banner.
 */
const WORD = /^\p{Lu}[\p{L}'’-]{1,29}$/u;
/** Titles alone (a name printed a part per cell begins with its title), roles and states, demographics' labels (a document header's "Race" row), and nouns: a section's title ("Immunizations", "Allergies"). */
const NOT_NAME = /^(?:mrs?|ms|miss|mx|dr|prof|rev|person|resident|unknown|anonymous|male|female|none|(?:in)?active|deceased|confidential|vip|race|ethnicity|nationality|religion|language)$|(?:tions?|ments?|ness|ies|ings?|ics|ogy|ory|ance|ence|ships?|ures?|ists?|als)$/i;

function mononym(text: string | null | undefined): string | null {
  const w = text?.replace(/\s*\(.*\)$/, '').trim();
  return w && WORD.test(w) && !NOT_NAME.test(w) && !matchLabel(w) && looksLikeShownName(w) ? w : null;
}

export function mononymIn(region: Element, labelled: ReadonlySet<string>, env: ReadEnv): { value: string; how: string; id?: string } | null {
  const banner = BANNER_HINT.test(hintWords(region));
  for (const c of Array.from(region.querySelectorAll('h1, h2, h3, h4, [class*="name" i], [data-testid*="name" i]')).slice(0, 20)) {
    // A heading that opens a banner the markup calls one.
    const opens = banner && /^H/.test(tagOf(c)) && (c === region.firstElementChild || c === region.firstElementChild?.firstElementChild);
    const found = (opens || namesClient(hintWords(c))) && env.vis.isVisible(c) ? mononym(shortText(c, 40)) : null;
    if (found) return { value: found, how: `${tagOf(c).toLowerCase()} (one name)` };
  }
  // A FHIR narrative's header line: the text alone opening the narrative's <div xmlns>, right before the table of the
  // facts (HAPI's, whatever its class).
  const table = region.closest('table');
  const narrative = table?.parentElement;
  const head = narrative?.firstElementChild;
  if (head && head.nextElementSibling === table && !head.firstElementChild && narrative?.hasAttribute('xmlns') && env.vis.isVisible(head)) {
    const found = mononym(shortText(head, 40));
    if (found) return { value: found, how: 'narrative header (one name)' };
  }
  const [only, other] = labelled;
  return !other && mononym(only) ? { value: only as string, how: 'label (one name)' } : null;
}
