import browser from 'webextension-polyfill';
import { parseMessage } from '../messaging/schema';
import { startReader } from './reader';

/**
 * Reads the page and posts what it found to the background. It stores nothing: IndexedDB here
 * would belong to the EHR's origin. A second injection into the same frame (toolbar click on an
 * enabled site, re-injection after an update) replaces the first instead of running twice.
 */
type Reader = ReturnType<typeof startReader>;
const scope = globalThis as typeof globalThis & { rapportReader?: Reader };

const isAlive = () => {
  try {
    return Boolean(globalThis.chrome?.runtime?.id ?? browser.runtime.id);
  } catch {
    return false;
  }
};

function onMessage(raw: unknown): undefined {
  const parsed = parseMessage(raw);
  if (parsed.ok && parsed.message.type === 'context/request') reader.readNow();
  return undefined;
}

scope.rapportReader?.stop();
const reader = startReader({
  doc: document,
  win: window,
  isAlive,
  report: async (context, url) => {
    const answer = await browser.runtime.sendMessage({ type: 'context/report', context, url });
    if (__PROBE__) document.dispatchEvent(new CustomEvent('rapport:ack', { detail: JSON.stringify(answer) }));
  },
  onStopped: () => {
    if (isAlive()) browser.runtime.onMessage.removeListener(onMessage);
    if (scope.rapportReader === reader) delete scope.rapportReader;
  },
});
scope.rapportReader = reader;
browser.runtime.onMessage.addListener(onMessage);
