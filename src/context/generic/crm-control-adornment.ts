import { tagOf } from '../tag';

/**
 * A form field draws buttons beside its control (a date picker's calendar, a lookup's search, a
 * clear cross) whose icons and assistive text ("Select a date for Birthdate") are no part of the
 * value: a wrapper holding one control and such buttons still shows that control alone.
 */
export const notAdornment = (el: Element): boolean => tagOf(el) !== 'BUTTON' && el.getAttribute('role') !== 'button';
