/**
 * A message list, a chooser or a list of recent records drawn as a listbox: each option previews an item
 * the user may open ("Discharge notification – PRUITT, Gerald A · DOB: 10/02/1946 MRN: …"), none of them
 * the record on screen. What an option the user has not picked says is never read; the picked one
 * (aria-selected) is what the rest of the page shows, so it may be. A global search's dropdown wraps
 * each option in a presentational list item (SLDS: li role="presentation" > span role="option"): the
 * wrappers, and the listbox itself, say only what their options say, so they are not read either
 * unless they hold the picked one.
 */
export function inUnpickedOption(el: Element): boolean {
  const list = el.closest('[role="listbox"]');
  if (!list || list.querySelectorAll('[role="option"]').length < 2) return false;
  const option = el.closest('[role="option"]');
  if (option) return option.getAttribute('aria-selected') !== 'true';
  return el.querySelector('[role="option"][aria-selected="true"]') === null;
}
