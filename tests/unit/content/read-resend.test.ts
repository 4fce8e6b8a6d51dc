import { afterEach, describe, expect, test, vi } from 'vitest';
import { startReader } from '../../../src/content/reader';
import { frameReader, type FrameRead } from '../../../src/content/frame-read';
import { sendInPieces } from '../../../src/content/send-pieces';
import { sendFromContent, Unanswered } from '../../../src/content/runtime';
import type { MessageOf } from '../../../src/messaging/schema';

/**
 * A frame's read whose message gets no answer (the worker stopped while it handled it, whole or a piece) is sent again
 * by itself, from the page whole; not when the background did answer, not past a few tries, and not when a later read
 * began meanwhile. The frame is main.ts's: the reader, the frame's half of the mirror, the pieces and the runtime's
 * sender, over a browser runtime whose `sendMessage` is the fake background below.
 */
const PIECE = 1000;
const CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

type Sent = MessageOf<'snapshot/read'> | MessageOf<'snapshot/piece'>;

/** A chart whose read goes in some ten pieces of PIECE characters. */
function showChart(notes = 'Visit note: stable. '.repeat(400)): void {
  document.body.replaceChildren();
  const heading = document.createElement('h1');
  heading.textContent = 'Jane Doe';
  const dob = document.createElement('p');
  dob.textContent = 'DOB: 01/02/1950';
  const mrn = document.createElement('p');
  mrn.textContent = 'MRN: 448812';
  const log = document.createElement('p');
  log.textContent = notes;
  document.body.append(heading, dob, mrn, log);
}

/**
 * The background as the frame's runtime reaches it: each message answered a task later by `answer`; it rejects (the
 * port closed) or answers `undefined` (the background ignored it) as `answer` says.
 */
function runtime(answer: (message: Sent, index: number) => Promise<unknown>) {
  const sent: Sent[] = [];
  const sendMessage = vi.fn(async (message: Sent) => {
    sent.push(message);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return answer(message, sent.length - 1);
  });
  vi.stubGlobal('chrome', { runtime: { id: 'rapport', getURL: (path: string) => `chrome-extension://rapport/${path}`, sendMessage } });
  return sent;
}

const answered = (message: Sent) => Promise.resolve(message.type === 'snapshot/piece' && !message.end ? { ok: true } : { ok: true, identifiers: ['Jane Doe'] });
const lost = () => Promise.reject(new Error(CLOSED));

/** The messages sent, each whole or joined from its pieces; a message whose last piece never went has no read. */
function messages(sent: Sent[]): { first: number; pieces: number; read: MessageOf<'snapshot/read'> | null }[] {
  const out: ReturnType<typeof messages> = [];
  let texts: string[] = [];
  sent.forEach((message, index) => {
    if (message.type === 'snapshot/read') return void out.push({ first: index, pieces: 0, read: message });
    if (message.n === 0) out.push({ first: index, pieces: 0, read: null });
    const last = out.at(-1);
    if (!last || last.pieces !== message.n) throw new Error(`piece ${message.n} out of order`);
    if (message.n === 0) texts = [];
    texts.push(message.text);
    last.pieces++;
    if (message.end) last.read = JSON.parse(texts.join('')) as MessageOf<'snapshot/read'>;
  });
  return out;
}

const eventually = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 10 });
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stopReader: (() => void) | undefined;
afterEach(() => {
  stopReader?.();
  vi.unstubAllGlobals();
});

/** main.ts's frame: what it reads goes through the mirror, in pieces of PIECE characters, with the runtime's sender. */
function frame(options: { onExtract?: (count: number) => Promise<void> | void } = {}) {
  const reads = frameReader(async () => []);
  const answers: unknown[] = [];
  let extracted = 0;
  const reader = startReader<FrameRead>({
    doc: document,
    win: window,
    extract: async (doc, url, extractOptions) => {
      await options.onExtract?.(++extracted);
      return reads.extract(doc, url, extractOptions);
    },
    isAlive: () => true,
    unanswered: (error) => error instanceof Unanswered,
    report: async (read, url) => {
      const answer = read && (await reads.send(read, (part) => sendInPieces({ type: 'snapshot/read', url, part }, sendFromContent, PIECE)));
      answers.push(answer);
    },
    onStopped: () => reads.stop(),
  });
  stopReader = reader.stop;
  return { answers, extracts: () => extracted };
}

describe('a read whose message got no answer', () => {
  test('a piece the worker never answered (it stopped while handling it): the read goes again from its first piece, the page whole, and ends read', async () => {
    showChart();
    const sent = runtime((message, index) => (index === 2 ? lost() : answered(message)));
    const { answers } = frame();
    await eventually(() => expect(answers).toEqual([{ ok: true, identifiers: ['Jane Doe'] }]));
    const [broken, again, ...more] = messages(sent);
    expect(broken).toEqual({ first: 0, pieces: 3, read: null });
    expect(more).toEqual([]);
    expect(again?.first).toBe(3);
    expect(again?.pieces).toBeGreaterThan(3);
    expect(again?.read?.part.whole?.root).toBeDefined();
  });

  test('a message sent whole that got no answer goes again too', async () => {
    showChart('short');
    const sent = runtime((message, index) => (index === 0 ? lost() : answered(message)));
    const { answers } = frame();
    await eventually(() => expect(answers).toEqual([{ ok: true, identifiers: ['Jane Doe'] }]));
    expect(sent.map((message) => [message.type, 'part' in message && !!message.part.whole])).toEqual([
      ['snapshot/read', true],
      ['snapshot/read', true],
    ]);
  });

  test('an answer the frame cannot take (the background ignored the message as invalid) is not sent again', async () => {
    showChart();
    const sent = runtime((message, index) => (index === 2 ? Promise.resolve(undefined) : answered(message)));
    frame();
    await eventually(() => expect(sent).toHaveLength(3));
    await settle(1_000);
    expect(sent).toHaveLength(3);
  });

  test('a background that never answers is tried a few times, each a longer wait after the last, then left be', async () => {
    showChart('short');
    const at: number[] = [];
    const sent = runtime(() => (at.push(Date.now()), lost()));
    frame();
    await eventually(() => expect(sent).toHaveLength(4));
    await settle(2_500);
    expect(sent).toHaveLength(4);
    const waits = at.slice(1).map((time, i) => time - (at[i] as number));
    expect(waits[1]).toBeGreaterThan(waits[0] as number);
    expect(waits[2]).toBeGreaterThan(waits[1] as number);
  });

  test('a read a later one superseded is not sent again: the later read alone sends the page', async () => {
    showChart();
    let release: () => void = () => undefined;
    const later = new Promise<void>((resolve) => (release = resolve));
    // The third piece is answered (with no answer) only once the next read began: the page changed meanwhile.
    const sent = runtime(async (message, index) => {
      if (index !== 2) return answered(message);
      await later;
      return lost();
    });
    const { answers } = frame({ onExtract: (count) => void (count === 2 && release()) });
    await eventually(() => expect(sent).toHaveLength(3));
    document.querySelector('h1')!.textContent = 'Jane Q. Doe';
    await eventually(() => expect(answers).toEqual([{ ok: true, identifiers: ['Jane Doe'] }]));
    await settle(1_000);
    const [broken, again, ...more] = messages(sent);
    expect(broken?.read).toBeNull();
    expect(again?.read?.part.whole?.root).toBeDefined();
    expect(more).toEqual([]);
  });
});
