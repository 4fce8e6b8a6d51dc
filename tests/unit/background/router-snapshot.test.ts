import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../fuzz/fake-browser')).fakeBrowser }));

import { ORIGIN, resetWorld, RUNTIME_ID } from '../fuzz/fake-browser';
import { handle, type RouterDeps } from '../../../src/background/router';
import type { MessageOf } from '../../../src/messaging/schema';
import type { Sender } from '../../../src/messaging/transport';
import { getTabContext } from '../../../src/background/tab-contexts';
import type { SiteRoutes } from '../../../src/background/site-routes';
import { joinPiece } from '../../../src/background/snapshot-read';
import { jsonPieces } from '../../../src/context/snapshot/mirror-pieces';

const URL_ = 'http://127.0.0.1:8765/classic/chart/1';
const content = { id: RUNTIME_ID, url: URL_, tab: { id: 4, url: URL_ }, frameId: 0 } as Sender;
const panel = { id: RUNTIME_ID, url: `${ORIGIN}src/sidepanel/index.html` } as Sender;
const jane = { name: 'Jane M. Doe', mrn: 'MRN-100234', source: 'generic', confidence: 0.9 };
const message: MessageOf<'snapshot/read'> = { type: 'snapshot/read', url: URL_, part: { doc: 'd1', gen: 1, seq: 1, round: 0, whole: { contentType: 'text/html', truncated: false, root: [1, [1, 'html', 0, 0]] } } };
const reading = (context: typeof jane | null) => ({ context });

function deps(read: RouterDeps['readSnapshot'], mayRead: RouterDeps['mayRead'] = async () => true) {
  return { now: () => 1, refreshBadge: async () => 0, sites: {} as SiteRoutes, readSnapshot: read, joinPiece, mayRead, runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN };
}

/** `raw`'s JSON text in pieces of `size`, as a frame sends a message too large for one task (content/send-pieces.ts). */
function piecesOf(raw: unknown, size = 40, doc = 'd1'): MessageOf<'snapshot/piece'>[] {
  const texts: string[] = [];
  const cut = jsonPieces(raw, size);
  for (let step = cut.next(); ; step = cut.next()) {
    texts.push(step.value);
    if (step.done) break;
  }
  return texts.map((text, n) => ({ type: 'snapshot/piece', doc, n, text, ...(n === texts.length - 1 ? { end: true as const } : {}) }));
}

beforeEach(() => resetWorld());

describe("a frame's mirror message in the background", () => {
  test('is read where the rules are, for the sender\'s tab and frame, and the answer is that frame\'s report', async () => {
    const read: unknown[] = [];
    // With what the frame must keep out of what it is taught.
    expect(await handle(message, content, deps(async (m, tab, frame) => (read.push([m, tab, frame]), reading(jane))))).toEqual({ ok: true, identifiers: ['Jane M. Doe', 'MRN-100234'] });
    expect(read).toEqual([[message, 4, 0]]);
    expect((await getTabContext(4))?.context).toMatchObject({ name: 'Jane M. Doe' });
  });

  test('is not read for a site that may not be read, nor from anyone but our content script', async () => {
    let reads = 0;
    const counting = async () => (reads++, reading(jane));
    expect(await handle(message, content, deps(counting, async () => false))).toEqual({ ok: false });
    expect(handle(message, panel, deps(counting))).toBeUndefined();
    expect(reads).toBe(0);
  });

  test('a reading that fails is no client, never the last one kept', async () => {
    await handle(message, content, deps(async () => reading(jane)));
    expect(await handle(message, content, deps(async () => Promise.reject(new Error('offscreen gone'))))).toEqual({ ok: true });
    expect((await getTabContext(4))?.context).toBeNull();
  });

  test('"nobody here" from a read that ran to its end is settled for the frame; from a read that failed it is not', async () => {
    expect(await handle(message, content, deps(async () => ({ context: null, settled: true as const })))).toEqual({ ok: true, settled: true });
    expect((await getTabContext(4))?.context).toBeNull();
    expect(await handle(message, content, deps(async () => reading(null)))).toEqual({ ok: true });
    expect(await handle(message, content, deps(async () => Promise.reject(new Error('offscreen gone'))))).toEqual({ ok: true });
    // Not for a site that may not be read: refused, whatever the reading page would say.
    expect(await handle(message, content, deps(async () => ({ context: null, settled: true as const }), async () => false))).toEqual({ ok: false });
  });

  test('what the reading page needs first goes back to the frame, and reports nothing yet', async () => {
    await handle(message, content, deps(async () => reading(jane)));
    expect(await handle(message, content, deps(async () => ({ ask: [3, 7] })))).toEqual({ ok: true, ask: [3, 7] });
    expect(await handle(message, content, deps(async () => ({ resend: true as const })))).toEqual({ ok: true, resend: true });
    expect((await getTabContext(4))?.context).toMatchObject({ name: 'Jane M. Doe' });
  });
});

describe("the reading page's idle notice", () => {
  test('closes it only when the reading page itself says so (not the panel, not a tab), and answers nothing', async () => {
    const closes: string[] = [];
    const withClose = { ...deps(async () => reading(null)), closeReader: async () => void closes.push('close') };
    const idle: MessageOf<'snapshot/idle'> = { type: 'snapshot/idle' };
    expect(handle(idle, panel, withClose)).toBeUndefined();
    expect(handle(idle, content, withClose)).toBeUndefined();
    expect(handle(idle, { ...content, url: `${ORIGIN}src/offscreen/index.html` } as Sender, withClose)).toBeUndefined();
    expect(closes).toEqual([]);
    expect(handle(idle, { id: RUNTIME_ID, url: `${ORIGIN}src/offscreen/index.html` } as Sender, withClose)).toBeUndefined();
    expect(closes).toEqual(['close']);
  });
});

describe("a frame's mirror message in pieces, in the background", () => {
  const reads: unknown[] = [];
  const counting = deps(async (m, tab, frame) => (reads.push([m, tab, frame]), reading(jane)));
  beforeEach(() => void (reads.length = 0));

  test('is joined in order and read as the message sent whole, once its last piece came', async () => {
    const pieces = piecesOf(message);
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces.slice(0, -1)) expect(await handle(piece, content, counting)).toEqual({ ok: true });
    expect(reads).toEqual([]);
    expect(await handle(pieces.at(-1) as MessageOf<'snapshot/piece'>, content, counting)).toEqual({ ok: true, identifiers: ['Jane M. Doe', 'MRN-100234'] });
    expect(reads).toEqual([[message, 4, 0]]);
  });

  test('that missed a piece (a worker stopped between two), or whose joined text is no valid read, is sent again and never read', async () => {
    const pieces = piecesOf(message);
    await handle(pieces[0] as MessageOf<'snapshot/piece'>, content, counting);
    expect(await handle(pieces.at(-1) as MessageOf<'snapshot/piece'>, content, counting)).toEqual({ ok: true, resend: true });
    const forged = piecesOf({ ...message, part: { ...message.part, round: 99 } });
    for (const piece of forged.slice(0, -1)) await handle(piece, content, counting);
    expect(await handle(forged.at(-1) as MessageOf<'snapshot/piece'>, content, counting)).toEqual({ ok: true, resend: true });
    expect(reads).toEqual([]);
  });

  test("is refused from anyone but our content script, and a frame's pieces never join another's", async () => {
    const pieces = piecesOf(message);
    expect(handle(pieces[0] as MessageOf<'snapshot/piece'>, panel, counting)).toBeUndefined();
    const inner = { ...content, frameId: 3 } as Sender;
    await handle(pieces[0] as MessageOf<'snapshot/piece'>, content, counting);
    expect(await handle(pieces[1] as MessageOf<'snapshot/piece'>, inner, counting)).toEqual({ ok: true, resend: true });
    expect(reads).toEqual([]);
  });
});
