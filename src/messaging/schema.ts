import * as v from 'valibot';
import { ClientContextSchema, ContextFieldSchema, SiteProfileSchema, WebOriginSchema, type SiteProfile } from '../model/context';
import { filled, RecordIdSchema, text } from '../model/values';
import { TEAM_MESSAGES, TEAM_REQUESTS } from './team-messages';
import { isMirrorPart } from '../context/snapshot/mirror-check';
import type { MirrorPart } from '../context/snapshot/mirror-wire';
import { PIECE_CHARS } from '../context/snapshot/mirror-pieces';

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const TabContextSchema = v.strictObject({
  tabId,
  url: text(4096),
  frameUrl: text(4096),
  context: v.nullable(ClientContextSchema),
  readAt: v.number(),
});

const field = ContextFieldSchema;
/** How a reporting frame sits in the tab (hidden and tiny frames never count). */
const FrameViewSchema = v.strictObject({ width: v.pipe(v.number(), v.minValue(0)), height: v.pipe(v.number(), v.minValue(0)), visible: v.optional(v.boolean()) });
const selector = text(500);
const webOrigin = WebOriginSchema;

/** What a keyboard shortcut did, kept in storage.session until an open panel shows it (with Undo). */
export const ShortcutRecordSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('logged'),
    tabId,
    at: v.number(),
    contactId: text(100),
    clientId: text(100),
    name: filled(200),
  }),
  v.strictObject({ kind: v.literal('no-client'), tabId, at: v.number() }),
  v.strictObject({ kind: v.literal('locked'), tabId, at: v.number() }),
]);
export type ShortcutRecord = v.InferOutput<typeof ShortcutRecordSchema>;

/** A view the background asks panels to show (a click on a "callback due" notification). */
export const PanelShowSchema = v.strictObject({ view: v.literal('caseload'), at: v.number() });
export type PanelShowRequest = v.InferOutput<typeof PanelShowSchema>;

export { SESSION_KEYS } from './session-keys';

/**
 * Every message between the extension's contexts. Each receiver validates with this schema
 * and ignores (and logs) anything else: a page or a stale script must never make it act.
 */
export const MessageSchema = v.variant('type', [
  /** content → background: what this frame shows now. */
  v.strictObject({
    type: v.literal('context/report'),
    context: v.nullable(ClientContextSchema),
    url: text(4096),
    /** How the reporting frame sits in the tab (hidden and tiny frames never count). */
    view: v.optional(FrameViewSchema),
  }),
  /**
   * content → background → the extension page that reads (docs/reader-split.md): one message of a
   * read of this frame's mirror (the page whole or its changes, form values, layout verdicts), read
   * there and handled as this frame's report once it reads. `adapter`: the site's adapter whose
   * marker the page carries; `profile`: what the user taught for this origin; `tab` and `frame`: set
   * by the background alone, for the reading page (which mirror).
   */
  v.strictObject({
    type: v.literal('snapshot/read'),
    url: text(4096),
    part: v.custom<MirrorPart>(isMirrorPart, 'not a mirror message'),
    adapter: v.optional(text(64)),
    profile: v.optional(SiteProfileSchema),
    view: v.optional(FrameViewSchema),
    tab: v.optional(v.pipe(v.number(), v.integer())),
    frame: v.optional(v.pipe(v.number(), v.integer())),
  }),
  /**
   * content → background: a piece of a `snapshot/read` too large to serialise in one task (content/send-pieces.ts):
   * its JSON text, cut. Joined per frame in order (`n` from 0) by the background, which reads the message once the
   * piece marked `end` came, checked then with this schema like any message (background/snapshot-read.ts).
   */
  v.strictObject({
    type: v.literal('snapshot/piece'),
    doc: text(64),
    n: v.pipe(v.number(), v.integer(), v.minValue(0)),
    text: text(2 * PIECE_CHARS),
    end: v.optional(v.literal(true)),
  }),
  /** background → the reading page: a tab closed; its frames' mirrors go. */
  v.strictObject({ type: v.literal('snapshot/drop'), tab: v.pipe(v.number(), v.integer()) }),
  /** the reading page → background: no read came for a while; close me (the mirrors go with me). */
  v.strictObject({ type: v.literal('snapshot/idle') }),
  /** background → content: a panel shows this tab; re-read on a slow timer for a while. */
  v.strictObject({ type: v.literal('context/watch') }),
  /** content → background: this frame's page matches adapter `id`; inject that adapter here. */
  v.strictObject({ type: v.literal('adapter/load'), id: text(64) }),
  /** panel → background: the best context known for a tab. */
  v.strictObject({ type: v.literal('context/get'), tabId }),
  /** background → content: read the page again now. */
  v.strictObject({ type: v.literal('context/request') }),
  /** background → content: access to this site was taken away; stop reading it. */
  v.strictObject({ type: v.literal('reader/stop') }),
  /** background → panels: a tab's context changed, with the client it shows (resolved here, once). */
  v.strictObject({ type: v.literal('context/changed'), tabId, tab: v.nullable(TabContextSchema), clientId: v.optional(RecordIdSchema) }),
  /** anyone → background: recount the badge now (DESIGN.md test seam), e.g. after a write. */
  v.strictObject({ type: v.literal('badge/refresh') }),
  /** panel → background: read this tab once more (toolbar click, "read again" button). */
  v.strictObject({ type: v.literal('context/reread'), tabId }),
  /** panel/options → background: the user granted this origin; register the reader there and start it. */
  v.strictObject({ type: v.literal('site/enable'), origin: webOrigin }),
  /**
   * content → background: the taught profile of the sender's own origin (it cannot name another), and
   * the adapters whose site serves `url` (the page's URL now: a single-page app may have moved on).
   */
  v.strictObject({ type: v.literal('site/profile-get'), url: v.optional(text(4096)) }),
  /** panel/options → background: a taught profile was saved or deleted. */
  v.strictObject({ type: v.literal('site/profiles-changed') }),
  /** background → content: taught profiles changed; ask for yours again. */
  v.strictObject({ type: v.literal('site/profile-changed') }),
  /** panel → background: let the user point at the element showing `field` in this tab. */
  v.strictObject({ type: v.literal('picker/start'), tabId, field }),
  /** panel → background: stop pointing in this tab (done or cancelled in the panel). */
  v.strictObject({ type: v.literal('picker/stop'), tabId }),
  /** background → content: show the picker for `field`. */
  v.strictObject({ type: v.literal('picker/arm'), field }),
  /** background → content: remove the picker. */
  v.strictObject({ type: v.literal('picker/disarm') }),
  /** content → background: the user picked an element; its selector and the text it shows. */
  v.strictObject({ type: v.literal('picker/picked'), field, selector, text: text(300) }),
  /** content → background: the user pressed Escape on the page. */
  v.strictObject({ type: v.literal('picker/cancelled') }),
  /** background → panels: a pick in a tab, with the frame it came from. */
  v.strictObject({ type: v.literal('picker/result'), tabId, frameUrl: text(4096), field, selector, text: text(300) }),
  /** background → panels: picking was cancelled on the page. */
  v.strictObject({ type: v.literal('picker/aborted'), tabId }),
  /** background → panels: a keyboard shortcut acted (or found nobody on screen): say so, offer Undo. */
  v.strictObject({ type: v.literal('shortcut/done'), record: ShortcutRecordSchema }),
  /** background → panels: show this view (the user clicked a notification). */
  v.strictObject({ type: v.literal('panel/show'), request: PanelShowSchema }),
  /** panel/options → background: how team sync stands; `run` first runs a round (the user asked to sync now). */
  v.strictObject({ type: v.literal('sync/status'), run: v.optional(v.boolean()) }),
  ...TEAM_MESSAGES,
]);

export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/**
 * Who may send what to whom. Each direction has its own sender in transport.ts, so a message can
 * only be sent the way it is meant to go, and each receiver checks the sender (router.ts).
 */
export const PAGE_REQUESTS = ['context/get', 'badge/refresh', 'context/reread', 'site/enable', 'site/profiles-changed', 'picker/start', 'picker/stop', 'sync/status', ...TEAM_REQUESTS] as const;
export const CONTENT_REQUESTS = ['context/report', 'snapshot/read', 'snapshot/piece', 'adapter/load', 'site/profile-get', 'picker/picked', 'picker/cancelled'] as const;
export const TAB_COMMANDS = ['context/request', 'context/watch', 'reader/stop', 'site/profile-changed', 'picker/arm', 'picker/disarm'] as const;
export const PAGE_NOTICES = ['context/changed', 'picker/result', 'picker/aborted', 'shortcut/done', 'panel/show'] as const;
/** Background → the page that keeps the frames' mirrors (the offscreen document); snapshot/read also goes there, relayed. */
export const READER_COMMANDS = ['snapshot/drop'] as const;
/** That page → background. */
export const READER_REQUESTS = ['snapshot/idle'] as const;
/** Extension page (panel, options) → background. */
export type PageRequest = MessageOf<(typeof PAGE_REQUESTS)[number]>;
/** Content script → background. */
export type ContentRequest = MessageOf<(typeof CONTENT_REQUESTS)[number]>;
/** Background → the content scripts of one tab. */
export type TabCommand = MessageOf<(typeof TAB_COMMANDS)[number]>;
/** Background → every open extension page. */
export type PageNotice = MessageOf<(typeof PAGE_NOTICES)[number]>;
export type TabContext = v.InferOutput<typeof TabContextSchema>;

export type ParseResult = { ok: true; message: Message } | { ok: false; error: string };

export function parseMessage(raw: unknown): ParseResult {
  const result = v.safeParse(MessageSchema, raw);
  if (result.success) return { ok: true, message: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `${path ? path + ': ' : ''}${issue.message}` };
}

/** A profile as the background answers it: checked like any message before a reader trusts it. */
export function parseSiteProfile(raw: unknown): SiteProfile | undefined {
  const result = v.safeParse(SiteProfileSchema, raw);
  return result.success ? result.output : undefined;
}
