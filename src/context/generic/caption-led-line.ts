import { matchLabel } from './labels';

/**
 * A chart's captions for facts that are no person's: code status, isolation, precautions, allergies, the plan ("Ins",
 * "Insurance"). "Code Full Code" and "Isolation Airborne" are capitalised words like a name once their colon goes.
 */
const FACT_CAPTION = /^(?:code(?: status)?|isolation|precautions?|allerg(?:y|ies)|ins\.?|insurance|diet|fall risk|resus(?:citation)?(?: status)?)\s/i;

/**
 * "Owner Owen Castellanos", "User RANGANATHAN,SURESH MD", "Isolation Airborne": a line whose colon went and which
 * opens with a caption, either another person's ("Owner", "User", "Attending": a label for someone else, labels.ts
 * `field: null`) or a clinical fact's, reads as a name by its capitals. A person reads the caption whether or not a
 * colon follows it: the line is that caption's, never a name shown for the client, so it is neither taken as the name
 * nor counted as a second name beside it. No person's name opens with such a word.
 */
export function ledByCaption(text: string): boolean {
  const t = text.trim();
  if (FACT_CAPTION.test(t)) return true;
  const words = t.split(/\s+/, 4);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (!/^[\p{Lu}'’]/u.test(words[k] as string)) continue;
    const rule = matchLabel(words.slice(0, k).join(' '));
    if (rule && rule.field === null) return true;
  }
  return false;
}
