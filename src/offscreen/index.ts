import { listen, type Sender } from '../messaging/transport';
import { readSnapshot } from '../context/snapshot/read';
import { READER_ADAPTERS } from './adapters';

/**
 * The offscreen document (Chrome) where pages are read from their snapshots (docs/reader-split.md):
 * the background relays a frame's snapshot here and takes the answer as that frame's reading
 * (transport.ts sendToReader). A content script's own message reaches every extension page too:
 * only the background, which has no tab and our origin, is answered; anything else is dropped
 * before it is parsed (a snapshot is checked once, by the background).
 */
const origin = chrome.runtime.getURL('');
const fromBackground = (sender: Sender) => sender.id === chrome.runtime.id && !sender.tab && typeof sender.url === 'string' && sender.url.startsWith(origin);

listen((message) => {
  if (message.type !== 'snapshot/read') return undefined;
  return readSnapshot(message, document.implementation, READER_ADAPTERS).then((context) => ({ context }));
}, fromBackground);
