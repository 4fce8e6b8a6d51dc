import { afterEach, describe, expect, test, vi } from 'vitest';
import { startPicker, type Pick } from '../../../src/content/picker';

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
  const picks: Pick[] = [];
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
    link.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    link.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    link.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(picks).toEqual([{ selector: 'a.zz-go', text: 'AT-1912' }]);
    expect(overlayHost()).toBeNull();
  });

  test('one pick per start: later clicks reach the page again', () => {
    const { name, link } = chart();
    const { picks } = start();
    name.click();
    let reached = false;
    document.addEventListener('click', () => (reached = true));
    link.click();
    expect(picks.map((pick) => pick.text)).toEqual(['DOE, JANE M']);
    expect(reached).toBe(true);
  });

  test('Escape cancels and removes everything', () => {
    const { name } = chart();
    const { picks, onCancel } = start();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
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
    const key = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true });
    document.body.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
    expect(overlayHost()).not.toBeNull();
  });
});
