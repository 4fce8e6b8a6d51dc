/**
 * A unit or worklist app switches between its patients with chips or tabs that print only a bed and a
 * surname ("Bed 12 · Hargreaves", "Rm 4 – OKAFOR"), and marks the open one as pressed, selected or current.
 * The surname alone names nobody, but the control the page marks as the open one naming it says which of
 * the stored patients is shown; a chip not pressed ("Bed 14 · Ruiz-Takahashi") says nothing. A surname of
 * three letters at least, as a whole word.
 */
const CURRENT = '[aria-pressed="true"], [aria-selected="true"], [aria-current]:not([aria-current="false"])';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function currentControlNames(text: string, parent: Element, family: string): boolean {
  if (family.length < 3 || !parent.closest(CURRENT)) return false;
  return new RegExp(`(?:^|[^\\p{L}-])${escape(family)}(?![\\p{L}-])`, 'u').test(text.toLowerCase());
}
