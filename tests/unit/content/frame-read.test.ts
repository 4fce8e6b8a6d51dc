import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { frameReader } from '../../../src/content/frame-read';
import type { MirrorPart } from '../../../src/context/snapshot/mirror-wire';

function page(html: string): Document {
  const window = new Window({ url: 'https://ehr.example.org/chart', settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}
const CHART = '<h1>Jane Doe</h1><p>DOB: 01/02/1950</p><p>MRN: 448812</p>';
const noAdapters = async () => [] as string[];

describe("the frame's half of a read (docs/reader-split.md)", () => {
  test('sends the page whole first, then only what changed', async () => {
    const doc = page(CHART);
    const frame = frameReader(noAdapters);
    const first = await frame.extract(doc, doc.URL, {});
    expect(first?.part.whole).toBeDefined();
    await frame.send(first!, async () => ({ ok: true }));
    doc.querySelector('h1')!.textContent = 'John Roe';
    const next = await frame.extract(doc, doc.URL, {});
    expect(next?.part.whole).toBeUndefined();
    // The old text leaves, the new one goes in: nothing else of the page travels.
    expect(next?.part.deltas?.map((d) => d[0])).toEqual(['d', 'i']);
    frame.stop();
  });

  test('sends nothing for a page that cannot show a client, and sends it whole once it can', async () => {
    const doc = page('<p>Welcome. Please sign in.</p>');
    const frame = frameReader(noAdapters);
    expect(await frame.extract(doc, doc.URL, {})).toBeNull();
    doc.body.innerHTML = CHART;
    expect((await frame.extract(doc, doc.URL, {}))?.part.whole).toBeDefined();
    frame.stop();
  });

  test('pre-checks a page only until it is mirrored: then its changes go, and the mirror reads no client where the check says no', async () => {
    const doc = page(CHART);
    const frame = frameReader(noAdapters);
    const first = await frame.extract(doc, doc.URL, {});
    await frame.send(first!, async () => ({ ok: true }));
    doc.body.innerHTML = '<p>Welcome. Please sign in.</p>';
    const next = await frame.extract(doc, doc.URL, {});
    expect(next?.part.whole).toBeUndefined();
    expect(next?.part.deltas?.map((d) => d[0])).toEqual(['d', 'd', 'd', 'i']);
    frame.stop();
  });

  test("takes the next read's changes only once the last read's rounds are over (messages go in order)", async () => {
    const doc = page(CHART);
    const frame = frameReader(noAdapters);
    const first = await frame.extract(doc, doc.URL, {});
    const sent: MirrorPart[] = [];
    let release: (v: { ok: boolean }) => void = () => undefined;
    const rounds = frame.send(first!, (part) => (sent.push(part), new Promise<{ ok: boolean }>((done) => (release = done))));
    doc.querySelector('h1')!.textContent = 'John Roe';
    let taken = false;
    const next = frame.extract(doc, doc.URL, {}).then((r) => ((taken = true), r));
    await new Promise((r) => setTimeout(r, 20));
    expect(taken).toBe(false);
    release({ ok: true });
    await rounds;
    expect((await next)?.part.seq).toBe((sent[0]?.seq ?? 0) + 1);
    frame.stop();
  });
});
