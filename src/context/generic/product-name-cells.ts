import { shortText } from '../parse/text';
import { matchLabel } from './labels';
import { tagOf } from '../tag';

/** A capitalised word or an initial: one part of a name printed a part per cell. */
const PART = /^\p{Lu}[\p{L}'’-]*\.?$/u;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|rev)\.?$/i;

/**
 * Record layouts print a "Name" label once and the name a part per cell after it (title, first,
 * middle, last, each a field of its own in the same row), so the label's value is a title or one
 * word. The cells of the same kind that follow, while each holds one capitalised word and no label,
 * are the rest of the name (an empty middle-name cell is skipped); the title is dropped.
 */
const CHOICE = /^(?:BUTTON|A|OPTION)$/;
const CHOICE_ROLE = '[role=tab], [role=option], [role=menuitem], [role=button], [aria-pressed], [aria-selected]';

export function nameCells(first: Element, text: string, seen: (e: Element) => boolean): string | null {
  // Buttons or tabs side by side are a switcher's choices (a portal's proxy tiles "Elijah" "Hannah"): each is a
  // person of its own, never one part of a name.
  if (CHOICE.test(tagOf(first)) || first.matches(CHOICE_ROLE)) return null;
  const words = [text];
  for (let cell = first.nextElementSibling; cell && words.length < 5 && tagOf(cell) === tagOf(first); cell = cell.nextElementSibling) {
    const t = seen(cell) ? shortText(cell, 40) : '';
    if (t === '') continue;
    if (!t || !PART.test(t) || matchLabel(t)) break;
    words.push(t);
  }
  const name = words.filter((w) => !HONORIFIC.test(w));
  return name.length > 1 ? name.join(' ') : null;
}

/** Terms whose value describes another person: a patient's contact, next of kin, guarantor or guardian. */
const OTHERS_TERM = /contact|next[- ]of[- ]kin|guarant|guardian|emergenc|relative|caregiver/i;

/**
 * A name labelled inside the value of another person's term ("Contact" → "Relationship: emergency
 * contact / Name: …", a record's details list shows its contacts so) is that person's: the cell or
 * description that holds the label has such a term before it, or a "Relationship" label of its own.
 */
export function othersName(label: Element): boolean {
  const value = label.parentElement?.closest('dd, td');
  const term = value?.previousElementSibling;
  return !!value && ((!!term && OTHERS_TERM.test(shortText(term, 40) ?? '')) || /\brelationship\s*:/i.test(shortText(value, 400) ?? ''));
}
