import { captionedControls } from './hc-form-group';

/**
 * A choice named by its aria-label ("<span role="radiogroup" aria-label="Sex"><input type=radio checked> <label>M</label>
 * <input type=radio> <label>F</label></span>", claim editors and registration forms) answers with its checked option,
 * never the text of all its options ("M F"). '' when none is checked, so nothing is read; null when it is no choice.
 */
export function ariaChoice(el: Element, field: string | null, shown: (e: Element) => boolean): string | null {
  return field === 'sex' && el.querySelector('input[type="radio"]') ? captionedControls(el, 'sex', shown) : null;
}
