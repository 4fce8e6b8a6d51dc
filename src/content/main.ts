import browser from 'webextension-polyfill';
import type { ClientContext, SiteProfile } from '../context/types';
import { startReader } from './reader';
import { askForProfile } from './profile';
import { createTeacher } from './teach';
import { contentMessageHandler } from './handler';
import { sendFromContent } from '../messaging/transport';

/**
 * Reads the page and posts what it found to the background. It stores nothing: IndexedDB here
 * would belong to the EHR's origin; a profile the user taught arrives by message. A second
 * injection into the same frame (toolbar click on an enabled site, re-injection after an update)
 * replaces the first instead of running twice.
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

let profile: SiteProfile | undefined;
/** What this frame last read: a taught selector must not carry this client's identity. */
let shown: ClientContext | null = null;
const loadProfile = async () => {
  profile = await askForProfile(sendFromContent, location.origin);
};

const teacher = createTeacher({
  doc: document,
  win: window,
  t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
  picked: (field, pick) => void sendFromContent({ type: 'picker/picked', field, ...pick }).catch(() => undefined),
  cancelled: () => void sendFromContent({ type: 'picker/cancelled' }).catch(() => undefined),
  identifiers: () => [shown?.name, shown?.mrn, shown?.dob],
});

const onMessage = contentMessageHandler({
  runtimeId: () => browser.runtime.id,
  extensionOrigin: () => browser.runtime.getURL(''),
  reader: { readNow: () => reader.readNow() },
  teacher,
  reloadProfile: () => void loadProfile().then(() => reader.readNow()),
});

scope.rapportReader?.stop();
const reader = startReader({
  doc: document,
  win: window,
  isAlive,
  profile: () => profile,
  firstReadAfter: loadProfile(),
  report: async (context, url) => {
    shown = context;
    const answer = await sendFromContent({ type: 'context/report', context, url });
    if (__PROBE__) document.dispatchEvent(new CustomEvent('rapport:ack', { detail: JSON.stringify(answer) }));
  },
  onStopped: () => {
    teacher.disarm();
    if (isAlive()) browser.runtime.onMessage.removeListener(onMessage);
    if (scope.rapportReader === reader) delete scope.rapportReader;
  },
});
scope.rapportReader = reader;
browser.runtime.onMessage.addListener(onMessage);
