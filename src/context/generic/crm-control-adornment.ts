import { tagOf } from '../tag';

/**
 * A form field draws buttons beside its control (a date picker's calendar, a lookup's search, a
 * clear cross) whose icons and assistive text ("Select a date for Birthdate") are no part of the
 * value: a wrapper holding one control and such buttons still shows that control alone. So are the
 * glyphs a read-only field draws beside it (a phone's call link, a locked field's padlock): a link, an
 * icon or a labelled element that shows no letter or digit.
 */
export const notAdornment = (el: Element): boolean =>
  tagOf(el) !== 'BUTTON' && el.getAttribute('role') !== 'button' && (!(tagOf(el) === 'A' || tagOf(el) === 'I' || el.hasAttribute('aria-label')) || /[\p{L}\p{N}]/u.test(el.textContent ?? ''));
