import { tagOf } from '../tag';

/**
 * A web component's template prints its captions and leaves a `<slot>` where each value goes
 * (`<span>MRN</span> <slot name="mrn">`); the page's own elements are assigned to it. A slot has no box
 * of its own, so engines differ on calling it visible or blank: it is judged by what it projects.
 */
const isSlot = (el: Element | null): boolean => !!el && tagOf(el) === 'SLOT';

/**
 * Whether a slot shows anything: it has no box of its own (engines differ on calling it visible), so it
 * shows what is assigned to it, as that is shown.
 */
function slotShows(slot: Element, shown: (el: Element) => boolean): boolean {
  const assigned = (slot as HTMLSlotElement).assignedNodes?.() ?? [];
  return assigned.some((n) => (n.nodeType === 3 ? !!n.nodeValue?.trim() : n.nodeType === 1 && shown(n as Element)));
}

/** Whether `el` is shown, a slot by what it projects. */
export const shownOrProjected = (el: Element, shown: (el: Element) => boolean): boolean => (isSlot(el) ? slotShows(el, shown) : shown(el));
