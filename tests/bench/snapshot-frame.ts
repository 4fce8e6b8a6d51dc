/**
 * The content side of the reader split (docs/reader-split.md) as a frame would carry it, weighed by
 * `node tests/bench/content-size.mjs tests/bench/snapshot-frame.ts`: the visibility checker and the
 * time-sliced snapshot, sent by the content script's own messaging, re-sent on page changes.
 */
import { takeSnapshot } from '../../src/context/snapshot/take';
import { onMessage, sendFromContent } from '../../src/content/runtime';
import { startReader } from '../../src/content/reader';

const send = sendFromContent as unknown as (message: unknown) => Promise<{ ok: boolean; context?: unknown }>;
const reader = startReader({
  doc: document,
  win: window,
  extract: async (doc, url, options) => {
    const answer = await send({ type: 'snapshot/read', url, snapshot: await takeSnapshot(doc, options) });
    return (answer.context ?? null) as never;
  },
  isAlive: () => true,
  report: (context, url) => send({ type: 'context/report', context, url }),
});
onMessage((raw) => ((raw as { type?: string }).type === 'read' ? reader.readNow() : undefined));
