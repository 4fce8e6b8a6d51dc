import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { answerStands, frameReader, UNCHANGED } from '../../../src/content/frame-read';
import { MirrorSender } from '../../../src/context/snapshot/mirror-send';
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

  describe('a read the frame made on its own, that the reading page would answer as last time, sends nothing', () => {
    const key = (url = 'https://ehr.example.org/chart') => ({ key: url, quiet: true });
    const answered = async (parts: MirrorPart[]) => (part: MirrorPart) => (parts.push(part), Promise.resolve({ ok: true }));

    test('nothing changed: nothing goes, and the next message still follows the last one sent', async () => {
      const doc = page(CHART);
      const frame = frameReader(noAdapters);
      const sent: MirrorPart[] = [];
      const send = await answered(sent);
      await frame.send((await frame.extract(doc, doc.URL, {}))!, send, key());
      await frame.send((await frame.extract(doc, doc.URL, {}))!, send, key());
      expect(sent).toHaveLength(2);
      expect(await frame.send((await frame.extract(doc, doc.URL, {}))!, send, key())).toBe(UNCHANGED);
      expect(sent).toHaveLength(2);
      doc.querySelector('h1')!.textContent = 'John Roe';
      expect(await frame.send((await frame.extract(doc, doc.URL, {}))!, send, key())).toEqual({ ok: true });
      expect(sent.map((part) => part.seq)).toEqual([1, 2, 3]);
      expect(sent[2]?.deltas?.length).toBeGreaterThan(0);
      frame.stop();
    });

    test('asked (the background drops what no frame re-read after a load), a frame always reports', async () => {
      const doc = page(CHART);
      const frame = frameReader(noAdapters);
      const sent: MirrorPart[] = [];
      const send = await answered(sent);
      for (let i = 0; i < 3; i++) await frame.send((await frame.extract(doc, doc.URL, {}))!, send, { ...key(), quiet: i < 2 });
      expect(sent).toHaveLength(3);
      frame.stop();
    });

    test('another URL, adapter, profile, view or day (the key), a form value, or a read that took rounds: it reports', async () => {
      const doc = page(`${CHART}<input value="a">`);
      const frame = frameReader(noAdapters);
      const sent: MirrorPart[] = [];
      const send = await answered(sent);
      const read = async (options = key()) => frame.send((await frame.extract(doc, doc.URL, {}))!, send, options);
      await read();
      await read();
      expect(await read(key('https://ehr.example.org/chart#2'))).toEqual({ ok: true });
      (doc.querySelector('input') as HTMLInputElement).value = 'b';
      expect(await read(key('https://ehr.example.org/chart#2'))).toEqual({ ok: true });
      let rounds = 0;
      await frame.send((await frame.extract(doc, doc.URL, {}))!, async (part) => (sent.push(part), rounds++ ? { ok: true } : { ask: [] }), key('https://ehr.example.org/chart#2'));
      expect(await read(key('https://ehr.example.org/chart#2'))).toEqual({ ok: true });
      expect(await read(key('https://ehr.example.org/chart#2'))).toBe(UNCHANGED);
      frame.stop();
    });

    test('an answer that may not stand (no client: a failed read answers so too) is asked for again', async () => {
      const doc = page(CHART);
      const frame = frameReader(noAdapters);
      const sent: MirrorPart[] = [];
      let named = false;
      const send = async (part: MirrorPart) => (sent.push(part), { ok: true, named });
      const read = async () => frame.send((await frame.extract(doc, doc.URL, {}))!, send, { ...key(), stands: (answer) => answer.named });
      await read();
      await read();
      expect(await read()).toEqual({ ok: true, named: false });
      named = true;
      await read();
      expect(await read()).toBe(UNCHANGED);
      expect(sent).toHaveLength(4);
      frame.stop();
    });

    test("the background's answers that may stand: a client named, or no client from a read that ran to its end", () => {
      expect(answerStands({ ok: true, identifiers: ['Jane Doe'] })).toBe(true);
      expect(answerStands({ ok: true, settled: true })).toBe(true);
      // A failed read answers "no client" too; a refusal, or a read still under way, is no answer to keep.
      expect(answerStands({ ok: true })).toBe(false);
      expect(answerStands({ ok: true, identifiers: [] })).toBe(false);
      expect(answerStands({ ok: false })).toBe(false);
      expect(answerStands({ ok: true, ask: [3] })).toBe(false);
      expect(answerStands({ ok: true, resend: true })).toBe(false);
    });

    test('a verdict that came out otherwise (a patient hidden or shown by style alone): it reports', async () => {
      const doc = page(CHART);
      const sender = new MirrorSender(doc);
      const frame = frameReader(noAdapters);
      const sent: MirrorPart[] = [];
      const send = await answered(sent);
      const base = { doc: 'd', gen: 1, seq: 1, round: 0 };
      await frame.send({ part: { ...base, seen: [4, 5], unseen: [6] }, sender }, send, key());
      expect(await frame.send({ part: { ...base, seq: 2, seen: [4, 5], unseen: [6] }, sender }, send, key())).toBe(UNCHANGED);
      expect(await frame.send({ part: { ...base, seq: 2, seen: [4], unseen: [5, 6] }, sender }, send, key())).toEqual({ ok: true });
      expect(await frame.send({ part: { ...base, seq: 3, seen: [4, 5, 6] }, sender }, send, key())).toEqual({ ok: true });
      expect(sent).toHaveLength(3);
      sender.stop();
      frame.stop();
    });
  });
});
