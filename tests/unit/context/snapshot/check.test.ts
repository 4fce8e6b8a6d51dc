import { describe, expect, it } from 'vitest';
import { isSnapshot } from '../../../../src/context/snapshot/check';
import { takeSnapshot } from '../../../../src/context/snapshot/take';
import { parseMessage } from '../../../../src/messaging/schema';
import { MAX_SNAPSHOT_ELEMENTS } from '../../../../src/context/snapshot/types';

const page = () => {
  const doc = document.implementation.createHTMLDocument('Chart');
  const p = doc.createElement('p');
  p.setAttribute('title', 'Patient');
  p.append('Jane ', doc.createElement('b'), ' Doe');
  doc.body.append(p, doc.createElement('input'));
  return doc;
};

describe('a snapshot at the message boundary', () => {
  it('takes what take.ts makes, in a snapshot/read message', async () => {
    const snapshot = await takeSnapshot(page());
    expect(isSnapshot(snapshot)).toBe(true);
    expect(parseMessage({ type: 'snapshot/read', url: 'https://ehr.example.org/chart', snapshot }).ok).toBe(true);
  });

  it('refuses anything else, with a clear error', () => {
    const root = { tag: 'html', kids: ['x'] };
    for (const bad of [
      null,
      { contentType: 'text/html' },
      { contentType: 'text/html', truncated: false, root, extra: 1 },
      { contentType: 'text/html', truncated: false, root: { tag: '' } },
      { contentType: 'text/html', truncated: false, root: { tag: 'p', attrs: ['odd'] } },
      { contentType: 'text/html', truncated: false, root: { tag: 'p', kids: [1] } },
      { contentType: 'text/html', truncated: false, root: { tag: 'p', onclick: 'x' } },
      { contentType: 'text/html', truncated: false, root: { tag: 'p', checked: false } },
    ]) {
      expect(isSnapshot(bad), JSON.stringify(bad)).toBe(false);
      const parsed = parseMessage({ type: 'snapshot/read', url: 'https://ehr.example.org/', snapshot: bad });
      expect(parsed).toMatchObject({ ok: false, error: expect.stringContaining('snapshot') });
    }
  });

  it('checks a page nested deeper than any recursive check could, without a stack overflow', () => {
    const root: { tag: string; kids?: unknown[] } = { tag: 'div' };
    let at = root;
    for (let i = 0; i < 100_000; i++) at = (at.kids = [{ tag: 'div' }])[0] as typeof root;
    expect(isSnapshot({ contentType: 'text/html', truncated: false, root })).toBe(true);
  });

  it('refuses one past its caps', () => {
    const kids = Array.from({ length: MAX_SNAPSHOT_ELEMENTS }, () => ({ tag: 'i' }));
    expect(isSnapshot({ contentType: 'text/html', truncated: false, root: { tag: 'html', kids } })).toBe(false);
    expect(isSnapshot({ contentType: 'text/html', truncated: false, root: { tag: 'html', kids: ['x'.repeat(10 * 1024 * 1024 + 1)] } })).toBe(false);
  });
});
