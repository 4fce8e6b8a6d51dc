import { askToClose, listen, type Sender } from '../messaging/transport';
import { Mirrors } from '../context/snapshot/mirror-read';
import { IdleWatch, MIRROR_IDLE_MS } from '../context/snapshot/idle-watch';
import { READER_ADAPTERS } from './adapters';

/**
 * The offscreen document (Chrome) where the frames' pages are mirrored and read (docs/reader-split.md):
 * the background relays a frame's messages here and takes the answer as that frame's reading
 * (transport.ts sendToReader). A content script's own message reaches every extension page too:
 * only the background, which has no tab and our origin, is answered; anything else is dropped
 * before it is parsed (a snapshot is checked once, by the background). It keeps its own idle time
 * and, once idle, asks the background to close it (the background knows whether a read is on its way).
 */
const origin = chrome.runtime.getURL('');
const fromBackground = (sender: Sender) => sender.id === chrome.runtime.id && !sender.tab && typeof sender.url === 'string' && sender.url.startsWith(origin);

const mirrors = new Mirrors(document.implementation, READER_ADAPTERS);
const idle = new IdleWatch(MIRROR_IDLE_MS, () => void askToClose());

listen((message) => {
  if (message.type === 'snapshot/drop') return void mirrors.drop(message.tab);
  if (message.type !== 'snapshot/read' || message.tab === undefined || message.frame === undefined) return undefined;
  const { tab, frame } = message;
  return idle.during(() => mirrors.read(tab, frame, message));
}, fromBackground);
