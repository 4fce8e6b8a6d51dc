import { afterEach, describe, expect, test, vi } from 'vitest';
import { startPicker, type PickedElement } from '../../../src/content/picker';

/** An event as the user's own input makes it (isTrusted); a page's synthetic events are tested in tests/unit/content/picker.test.ts. */
function userEvent<E extends Event, I>(Kind: new (type: string, init?: I) => E, type: string, init?: I): E {
  const event = new Kind(type, init);
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function chart() {
  document.body.replaceChildren();
  const head = document.createElement('div');
  head.className = 'zz-hd';
  const name = document.createElement('div');
  name.className = 'zz-a1';
  name.textContent = '  DOE,   JANE M ';
  const link = document.createElement('a');
  link.href = '#elsewhere';
  link.className = 'zz-go';
  link.textContent = 'AT-1912';
  head.append(name, link);
  document.body.append(head);
  return { name, link };
}

const overlayHost = () => document.documentElement.querySelector('rapport-picker');
let stop: (() => void) | undefined;
afterEach(() => stop?.());

function start() {
  const picks: PickedElement[] = [];
  const onCancel = vi.fn();
  stop = startPicker({ doc: document, win: window, prompt: 'Click the Name', onPick: (pick) => picks.push(pick), onCancel }).stop;
  return { picks, onCancel };
}

describe('the element picker', () => {
  test('shows an overlay the page cannot look into, which never takes the click', () => {
    chart();
    start();
    const host = overlayHost() as HTMLElement;
    expect(host).not.toBeNull();
    // A closed shadow root: the page's scripts get null.
    expect(host.shadowRoot).toBeNull();
    expect(host.style.getPropertyValue('pointer-events')).toBe('none');
    expect(host.style.getPropertyPriority('pointer-events')).toBe('important');
    expect(host.textContent).toBe('');
  });

  test('a click picks the element under the mouse: a unique selector and its text; the page never sees the click', () => {
    const { link } = chart();
    const pageSaw: string[] = [];
    for (const type of ['mousedown', 'mouseup', 'click']) document.addEventListener(type, () => pageSaw.push(type));
    const { picks } = start();
    link.dispatchEvent(userEvent(MouseEvent, 'mousemove', { bubbles: true }));
    link.dispatchEvent(userEvent(MouseEvent, 'mousedown', { bubbles: true, cancelable: true }));
    link.dispatchEvent(userEvent(MouseEvent, 'mouseup', { bubbles: true, cancelable: true }));
    const click = userEvent(MouseEvent, 'click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(picks).toEqual([{ selector: 'a.zz-go', text: 'AT-1912' }]);
    expect(overlayHost()).toBeNull();
  });

  test('one pick per start: later clicks reach the page again', () => {
    const { name, link } = chart();
    const { picks } = start();
    name.dispatchEvent(userEvent(MouseEvent, 'click', { bubbles: true, cancelable: true }));
    let reached = false;
    document.addEventListener('click', () => (reached = true));
    link.click();
    expect(picks.map((pick) => pick.text)).toEqual(['DOE, JANE M']);
    expect(reached).toBe(true);
  });

  test('Escape cancels and removes everything', () => {
    const { name } = chart();
    const { picks, onCancel } = start();
    const escape = userEvent(KeyboardEvent, 'keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(true);
    expect(onCancel).toHaveBeenCalledOnce();
    expect(overlayHost()).toBeNull();
    name.click();
    expect(picks).toEqual([]);
  });

  test('other keys reach the page', () => {
    chart();
    start();
    const key = userEvent(KeyboardEvent, 'keydown', { key: 'a', bubbles: true, cancelable: true });
    document.body.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
    expect(overlayHost()).not.toBeNull();
  });
});
