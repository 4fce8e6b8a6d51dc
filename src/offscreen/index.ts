import { listen, type Sender } from '../messaging/transport';
import { Mirrors } from '../context/snapshot/mirror-read';
import { READER_ADAPTERS } from './adapters';

/**
 * The offscreen document (Chrome) where the frames' pages are mirrored and read (docs/reader-split.md):
 * the background relays a frame's messages here and takes the answer as that frame's reading
 * (transport.ts sendToReader). A content script's own message reaches every extension page too:
 * only the background, which has no tab and our origin, is answered; anything else is dropped
 * before it is parsed (a snapshot is checked once, by the background).
 */
const origin = chrome.runtime.getURL('');
const fromBackground = (sender: Sender) => sender.id === chrome.runtime.id && !sender.tab && typeof sender.url === 'string' && sender.url.startsWith(origin);

const mirrors = new Mirrors(document.implementation, READER_ADAPTERS);

listen((message) => {
  if (message.type === 'snapshot/drop') return void mirrors.drop(message.tab);
  if (message.type !== 'snapshot/read' || message.tab === undefined || message.frame === undefined) return undefined;
  return mirrors.read(message.tab, message.frame, message);
}, fromBackground);
