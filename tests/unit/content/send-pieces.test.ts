import { describe, expect, it } from 'vitest';
import { sendInPieces } from '../../../src/content/send-pieces';
import type { SendFromContent } from '../../../src/messaging/content-transport';
import type { ContentRequest, MessageOf } from '../../../src/messaging/schema';

const message = (text: string): MessageOf<'snapshot/read'> => ({
  type: 'snapshot/read',
  url: 'https://ehr.example.org/chart',
  part: { doc: 'd1', gen: 1, seq: 1, round: 0, whole: { contentType: 'text/html', truncated: false, root: [1, [1, 'html', 0, 1, 'body', 0, text, 0, 0]] } },
});

/** The background as the frame sees it: each message answered a task later, by `answer` (n: the piece's place, or -1). */
function background(answer: (n: number, end: boolean) => object) {
  const sent: ContentRequest[] = [];
  let inFlight = 0;
  const send = (async (m: ContentRequest) => {
    // Nothing is sent before the last message's answer came.
    expect(inFlight).toBe(0);
    inFlight++;
    sent.push(m);
    await new Promise((r) => setTimeout(r, 0));
    inFlight--;
    return m.type === 'snapshot/piece' ? answer(m.n, !!m.end) : answer(-1, true);
  }) as unknown as SendFromContent;
  return { send, sent };
}

describe("a frame's read message", () => {
  it('goes whole when its JSON text is under one piece, as it always went', async () => {
    const { send, sent } = background(() => ({ ok: true, identifiers: ['Jane'] }));
    expect(await sendInPieces(message('Jane Doe'), send, 1000)).toEqual({ ok: true, identifiers: ['Jane'] });
    expect(sent).toEqual([message('Jane Doe')]);
  });

  it("goes in pieces otherwise, each after the last one's answer, the last marked: joined, they are its JSON text; the last answer is the message's", async () => {
    const big = message('Jane Doe '.repeat(500));
    const { send, sent } = background((_n, end) => (end ? { ok: true, identifiers: ['Jane'] } : { ok: true }));
    expect(await sendInPieces(big, send, 1000)).toEqual({ ok: true, identifiers: ['Jane'] });
    const pieces = sent as MessageOf<'snapshot/piece'>[];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((p) => [p.type, p.doc, p.n, p.end])).toEqual(pieces.map((_, n) => ['snapshot/piece', 'd1', n, n === pieces.length - 1 ? true : undefined]));
    expect(pieces.map((p) => p.text).join('')).toBe(JSON.stringify(big));
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(2000);
  });

  it('stops at a piece answered "resend" (the background lost the pieces before it) or refused, and answers that', async () => {
    const resend = background((n) => (n === 2 ? { ok: true, resend: true } : { ok: true }));
    expect(await sendInPieces(message('x'.repeat(10_000)), resend.send, 1000)).toEqual({ ok: true, resend: true });
    expect(resend.sent).toHaveLength(3);
    const refused = background(() => ({ ok: false }));
    expect(await sendInPieces(message('x'.repeat(10_000)), refused.send, 1000)).toEqual({ ok: false });
    expect(refused.sent).toHaveLength(1);
  });
});
