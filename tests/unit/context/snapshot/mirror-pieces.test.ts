import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { jsonPieces, PIECE_CHARS } from '../../../../src/context/snapshot/mirror-pieces';
import { MirrorJoin } from '../../../../src/context/snapshot/mirror-join';
import { MirrorSender } from '../../../../src/context/snapshot/mirror-send';
import { Mirrors, type MirrorRead } from '../../../../src/context/snapshot/mirror-read';
import { readInRounds } from '../../../../src/context/snapshot/mirror-rounds';
import type { MirrorPart } from '../../../../src/context/snapshot/mirror-wire';
import { sendInPieces } from '../../../../src/content/send-pieces';
import { parseMessage, type MessageOf } from '../../../../src/messaging/schema';
import type { SendFromContent } from '../../../../src/messaging/content-transport';
import { ADAPTERS } from '../../../../src/context/adapters/index';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures');
const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'src')
  .flatMap((d) => readdirSync(path.join(FIXTURES, d.name)).filter((f) => f.endsWith('.html')).map((f) => path.join(d.name, f.slice(0, -5))));

function all(value: unknown, size: number): string[] {
  const pieces = jsonPieces(value, size);
  const out: string[] = [];
  for (let step = pieces.next(); ; step = pieces.next()) {
    out.push(step.value);
    if (step.done) return out;
  }
}

function page(file: string): { doc: Document; url: string } {
  const { url } = JSON.parse(readFileSync(path.join(FIXTURES, `${file}.json`), 'utf8')) as { url: string };
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableIframePageLoading: true } });
  window.document.write(readFileSync(path.join(FIXTURES, `${file}.html`), 'utf8').replace(/<link\b[^>]*>/gi, ''));
  return { doc: window.document as unknown as Document, url };
}

describe('a message in pieces (the JSON text, cut)', () => {
  it('joins to JSON.stringify exactly, whatever the value and the piece size, and no piece passes twice the size', () => {
    // Any UTF-16 code units, lone surrogates and control characters included: a cut may fall inside a pair or an escape.
    const text = fc.string({ unit: 'binary', maxLength: 300 });
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), tie('list'), tie('record')),
      list: fc.array(fc.oneof(tie('node'), fc.constant(undefined)), { maxLength: 6 }),
      // Keys as short as a message's: they are never cut.
      record: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(tie('node'), fc.constant(undefined)), { maxKeys: 5 }),
    })).node;
    fc.assert(
      fc.property(value, fc.integer({ min: 32, max: 96 }), (v, size) => {
        const pieces = all(v, size);
        expect(pieces.join('')).toBe(JSON.stringify(v));
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(2 * size);
      }),
      { numRuns: 200 },
    );
    // Some seconds of work: on a machine shared with other runs it took 25 s.
  }, 60_000);

  it('is one piece for a message under PIECE_CHARS, so it goes whole as before', () => {
    expect(all({ type: 'snapshot/read', url: 'https://ehr.example.org/', part: { doc: 'd', gen: 1, seq: 1, round: 0 } }, PIECE_CHARS)).toHaveLength(1);
  });

  it("of every fixture page's first message is that message's JSON text", async () => {
    expect(fixtures.length).toBeGreaterThan(50);
    for (const file of fixtures) {
      const { doc, url } = page(file);
      const sender = new MirrorSender(doc);
      const message = { type: 'snapshot/read', url, part: await sender.begin() };
      sender.stop();
      expect(all(message, 997).join(''), file).toBe(JSON.stringify(message));
    }
  });
});

/**
 * A frame sending in pieces of `size` to the background's join and the reading page's mirrors, as the extension does:
 * each piece and each whole message through the message schema, the joined text parsed and checked again.
 */
function inPieces(doc: Document, size: number) {
  const sender = new MirrorSender(doc);
  const mirrors = new Mirrors((new Window().document as unknown as Document).implementation, ADAPTERS);
  const join = new MirrorJoin();
  let pieces = 0;
  const background = (async (raw: unknown) => {
    const parsed = parseMessage(JSON.parse(JSON.stringify(raw)));
    if (!parsed.ok) throw new Error(parsed.error);
    let message = parsed.message;
    if (message.type === 'snapshot/piece') {
      pieces++;
      const text = join.add('1:0', message);
      if (text === undefined) return { ok: true };
      const whole = text === null ? null : parseMessage(JSON.parse(text));
      if (!whole?.ok) return { ok: true, resend: true };
      message = whole.message;
    } else join.forget('1:0');
    if (message.type !== 'snapshot/read') throw new Error(message.type);
    return mirrors.read(1, 0, message as MirrorRead, { today: '2026-12-05' });
  }) as unknown as SendFromContent;
  const read = async (url: string, adapter?: string) =>
    readInRounds(sender, await sender.begin(), (part: MirrorPart) => sendInPieces({ type: 'snapshot/read', url, part, ...(adapter ? { adapter } : {}) } as MessageOf<'snapshot/read'>, background, size));
  return { read, pieces: () => pieces };
}

describe('a page sent in pieces', () => {
  it.each<[string, string | undefined]>([
    ['openemr/dashboard', 'openemr'],
    ...fixtures.filter((f) => !f.startsWith('openemr')).slice(0, 6).map((f): [string, undefined] => [f, undefined]),
  ])('%s reads exactly as sent whole', async (file, adapter) => {
    const whole = inPieces(page(file).doc, Number.MAX_SAFE_INTEGER);
    const cut = inPieces(page(file).doc, 501);
    const { url } = page(file);
    const expected = await whole.read(url, adapter);
    expect(whole.pieces()).toBe(0);
    expect(await cut.read(url, adapter)).toEqual(expected);
    expect(cut.pieces()).toBeGreaterThan(1);
  });
});
