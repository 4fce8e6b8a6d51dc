import { shortText } from '../parse/text';
import { notAdornment } from './crm-control-adornment';

/**
 * The text a field named by its aria-label shows. A lookup's selected tag carries its own remove
 * button ("×", "Delete …") and a date field its picker: their text is no part of the value, unless
 * it is all the field shows.
 */
export function ariaFieldText(el: Element, shown: (e: Element) => boolean): string | null {
  return shortText(el, 200, 400, (e) => e === el || (shown(e) && notAdornment(e))) || shortText(el, 200, 400, shown);
}
