import { startReader } from './reader';
import { answerStands, frameReader, UNCHANGED, type FrameRead } from './frame-read';
import { watchFrameView } from './frame-view';
import { askForProfile, type FrameSite } from './profile';
import { lazyTeacher } from './lazy-teacher';
import { partSlots } from './parts/scope';
import { contentMessageHandler } from './handler';
import { sendInPieces } from './send-pieces';
import { extensionOrigin, onMessage as listen, runtimeId, sendFromContent, Unanswered } from './runtime';

/**
 * Reads the page and posts what it found to the background. It stores nothing: IndexedDB here
 * would belong to the EHR's origin; a profile the user taught arrives by message. A second
 * injection into the same frame (toolbar click on an enabled site, re-injection after an update)
 * replaces the first instead of running twice.
 */
type Reader = ReturnType<typeof startReader<FrameRead>>;
const scope = globalThis as typeof globalThis & { rapportReader?: Reader };

const isAlive = () => {
  try {
    return Boolean(runtimeId());
  } catch {
    return false;
  }
};

let site: FrameSite = { adapters: [] };
/** The URL `site` was asked for: a single-page app that moves to another URL asks again. */
let siteUrl: string | undefined;
/** What this frame was last read to show (name, number, birth date): a taught selector must not carry them. */
let shown: readonly string[] = [];
const loadProfile = async (url = location.href) => {
  siteUrl = url;
  site = await askForProfile(sendFromContent, location.origin, url);
};
const siteAdapters = async (url: string) => {
  if (url !== siteUrl) await loadProfile(url);
  return site.adapters;
};

partSlots().identifiers = () => shown;
partSlots().send = sendFromContent;
/** The picker, injected into this frame by the background the first time the user teaches a field. */
const teacher = lazyTeacher((id) => sendFromContent({ type: 'adapter/load', id }));

const onMessage = contentMessageHandler({
  runtimeId: () => runtimeId() ?? '',
  extensionOrigin,
  reader: { readNow: () => reader.readNow(), watch: () => reader.watch(), stop: () => reader.stop() },
  teacher,
  reloadProfile: () => void loadProfile().then(() => reader.readNow()),
});

let unlisten = () => {};
scope.rapportReader?.stop();
// A frame that comes into view or leaves it reports again, so the background weighs it anew.
const frameView = watchFrameView(window, document, () => reader.readNow());
const frame = frameReader(siteAdapters);
const reader = startReader<FrameRead>({
  doc: document,
  win: window,
  extract: frame.extract,
  isAlive,
  // A message whose worker stopped while it handled it (whole or a piece) is never answered: the read goes again.
  unanswered: (error) => error instanceof Unanswered,
  profile: () => site.profile,
  firstReadAfter: loadProfile(),
  // What changed on the page goes to its mirror where the rules are (docs/reader-split.md), then the
  // layout verdicts they ask for, until the background takes the reading as this frame's report. A message too large
  // to serialise in one task goes in pieces (send-pieces.ts).
  // A page that cannot show a client reports none.
  // A read the frame made on its own that would be answered as the last one was (frame-read.ts) sends nothing: its
  // last report stands. The day is in its key: the rules read dates against today. "No client" stands only where
  // the read ran to its end (settled): the background answers it for a read that failed too.
  report: async (read, url, asked) => {
    const view = frameView.view();
    const where = view ? { view } : {};
    const profile = site.profile ? { profile: site.profile } : {};
    const adapter = read?.adapter ? { adapter: read.adapter } : {};
    const key = JSON.stringify([url, read?.adapter, site.profile, view, new Date().toDateString()]);
    const reading = read && (await frame.send(read, (part) => sendInPieces({ type: 'snapshot/read', url, part, ...adapter, ...profile, ...where }, sendFromContent), { key, quiet: !asked, stands: answerStands }));
    if (reading === UNCHANGED) return;
    const answer = reading ?? (await sendFromContent({ type: 'context/report', context: null, url, ...where }));
    shown = (answer as { identifiers?: string[] }).identifiers ?? [];
    // Refused: this site may no longer be read (access taken away while the page stayed open).
    if (!answer.ok) reader.stop();
    if (__PROBE__) document.dispatchEvent(new CustomEvent('rapport:ack', { detail: JSON.stringify(answer) }));
  },
  onStopped: () => {
    frameView.stop();
    frame.stop();
    teacher.disarm();
    unlisten();
    if (scope.rapportReader === reader) delete scope.rapportReader;
  },
});
scope.rapportReader = reader;
unlisten = listen(onMessage);
