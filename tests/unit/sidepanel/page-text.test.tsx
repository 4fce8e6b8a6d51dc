import { afterEach, describe, expect, test } from 'vitest';
import { mountPanel } from './render';

/**
 * "Never be tricked": whatever a page shows is rendered as text. A client whose name (or any field
 * read from the page) is markup must appear as those characters, never as an element.
 */
const NOW = Date.UTC(2026, 10, 27, 15, 0);
const PAYLOAD = '<img src=x onerror=alert(1)>';

afterEach(() => {
  document.body.replaceChildren();
});

describe('page text in the panel', () => {
  test('a client named with markup shows as text, and no element is created from it', async () => {
    const panel = await mountPanel({
      now: NOW,
      context: {
        name: PAYLOAD,
        mrn: '<script>alert(2)</script>',
        location: '<iframe src="javascript:alert(3)"></iframe>',
        phone: '<a href="javascript:alert(4)">call</a>',
        source: 'generic',
        confidence: 0.9,
        provenance: { name: '<b onmouseover=alert(5)>Name</b>' },
      },
    });
    await panel.until(() => panel.byTestId('client-name') !== null, 'the client name');
    expect(panel.byTestId('client-name')!.textContent).toContain(PAYLOAD);
    expect(panel.root.querySelector('img, script, iframe, [onerror], [onmouseover], a[href^="javascript:"]')).toBeNull();
    expect(panel.root.innerHTML).not.toContain('<img');
    expect([...panel.root.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    panel.unmount();
  });
});
