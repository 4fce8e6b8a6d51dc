/**
 * A message list, a chooser or a list of recent records drawn as a listbox: each option previews an item
 * the user may open ("Discharge notification – PRUITT, Gerald A · DOB: 10/02/1946 MRN: …"), none of them
 * the record on screen. What an option the user has not picked says is never read; the picked one
 * (aria-selected) is what the rest of the page shows, so it may be.
 */
export function inUnpickedOption(el: Element): boolean {
  const option = el.closest('[role="option"]');
  if (!option || option.getAttribute('aria-selected') === 'true') return false;
  const list = option.closest('[role="listbox"]');
  return !!list && list.querySelectorAll('[role="option"]').length >= 2;
}
