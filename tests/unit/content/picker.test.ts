import { describe, expect, test, vi } from 'vitest';
import { startPicker } from '../../../src/content/picker';

/**
 * Events a page dispatches itself are untrusted (isTrusted false, as every event made by script
 * is, here too): the picker must not pick, cancel or swallow on them. The trusted path — a real
 * click — is driven by Playwright in tests/e2e/teach.e2e.ts.
 */
describe('element picker', () => {
  test('ignores untrusted clicks, moves and keys from the page', () => {
    document.body.innerHTML = '<span id="decoy">ROE, RICHARD</span>';
    const onPick = vi.fn();
    const onCancel = vi.fn();
    const picker = startPicker({ doc: document, win: window, prompt: 'Click the name', onPick, onCancel });
    const decoy = document.getElementById('decoy') as HTMLElement;
    decoy.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    decoy.dispatchEvent(click);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onPick).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
    // The page's own click went on to the page as it would without Rapport.
    expect(click.defaultPrevented).toBe(false);
    picker.stop();
    expect(document.querySelector('rapport-picker')).toBeNull();
  });
});
