import { matchLabel } from './labels';
import { ledByStaffRole } from './staff-role-lead';
import { BANNER_HINT } from './hints';

/**
 * What a patient bar holds besides its name, told apart without class names (a styled-components, Tailwind or
 * CSS-module build carries none a reader could trust), for landmark-name.ts.
 */

/**
 * A leaf that is a fact's caption ("OpenMRS ID", "Date of Birth", an identifier's "National ID" the reader has no rule
 * for) or a clinician led by a role ("Usual GP Dr Rehana Aziz") says whose it is: no second bare name competing with
 * the bar's first text, as a patient bar's ids and GP line are where no class marks them as captions.
 */
export function captionedLeaf(text: string): boolean {
  return !!matchLabel(text) || ID_CAPTION.test(text) || ledByStaffRole(text) || /(?:^|\s)(?:dr|prof)\.?\s/i.test(text);
}

/**
 * The patient bar an assistive-technology label names as one ("<aside aria-label='Patient storyboard'>"): a landmark
 * as much as role=banner is, where the product marks it by its label and not its role. Only the aria-label counts:
 * class words are what such builds hash away, and a class is no promise a person sees.
 */
export function labelledBar(region: Element): Element | null {
  for (let el: Element | null = region, k = 0; el && k < 6; el = el.parentElement, k++) {
    const label = el.getAttribute('aria-label');
    if (label && label.length <= 60 && BANNER_HINT.test(words(label))) return el;
  }
  return null;
}

/** No name ends in an identifier's word: "National ID", "Passport No", "Member Number". */
const ID_CAPTION = /\s(?:id|no\.?|nbr|number|#)$/i;
const words = (label: string) => label.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).join(' ');
