import { selectorFor } from '../context/selectors';
import { identifyingWords } from '../context/identifying';
import { createOverlay } from './overlay';

export interface PickedElement {
  selector: string;
  text: string;
}

export interface PickerDeps {
  doc: Document;
  win: Window;
  /** What to click, in words ("Click the client's name"). */
  prompt: string;
  onPick: (pick: PickedElement) => void;
  onCancel: () => void;
  /** The client on screen (name, MRN, DOB): no token of the selector may mention them. */
  identifiers?: () => readonly (string | undefined)[];
}

const MAX_TEXT = 300;
/** Everything a click is made of: the EHR must see none of it while the user is pointing. */
const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'auxclick', 'contextmenu'];

/**
 * Lets the user point at one element: a box follows the mouse, a click picks (the page never sees
 * that click), Escape cancels. Either way everything it added is removed. One pick per start.
 */
export function startPicker(deps: PickerDeps): { stop: () => void } {
  const { doc, win } = deps;
  const overlay = createOverlay(doc, deps.prompt);
  let current: Element | null = null;
  let stopped = false;

  const elementOf = (event: Event): Element | null => {
    const target = event.target as Node | null;
    return target?.nodeType === Node.ELEMENT_NODE && target !== overlay.host ? (target as Element) : null;
  };
  const swallow = (event: Event) => {
    if (!event.isTrusted) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  // Only the user's own pointer and keys count: a page can dispatch a fake click on any element it
  // likes (isTrusted false), and must never choose what Rapport learns to read.
  const onMove = (event: Event) => {
    if (!event.isTrusted) return;
    current = elementOf(event);
    overlay.highlight(current ? current.getBoundingClientRect() : null);
  };
  const onScroll = () => overlay.highlight(current ? current.getBoundingClientRect() : null);
  const onClick = (event: Event) => {
    if (!event.isTrusted) return;
    swallow(event);
    const el = elementOf(event);
    const selector = el ? selectorFor(el, identifyingWords([...(deps.identifiers?.() ?? []), el.textContent ?? undefined])) : null;
    if (!el || !selector) return;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
    stop();
    deps.onPick({ selector, text });
  };
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || event.key !== 'Escape') return;
    swallow(event);
    stop();
    deps.onCancel();
  };

  const listeners: [string, EventListener][] = [
    ['mousemove', onMove],
    ['click', onClick],
    ['keydown', onKey as EventListener],
    ...SWALLOWED.map((type): [string, EventListener] => [type, swallow]),
  ];
  for (const [type, listener] of listeners) win.addEventListener(type, listener, true);
  win.addEventListener('scroll', onScroll, { capture: true, passive: true });

  function stop() {
    if (stopped) return;
    stopped = true;
    for (const [type, listener] of listeners) win.removeEventListener(type, listener, true);
    win.removeEventListener('scroll', onScroll, true);
    overlay.remove();
  }

  return { stop };
}
