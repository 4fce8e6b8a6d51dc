import browser from 'webextension-polyfill';
import type { Message, MessageOf, TabContext } from '../messaging/schema';
import { broadcast, type Sender } from '../messaging/transport';
import { answer } from '../messaging/answers';
import { isExtensionPage, isOwnContentScript, isReadingPage } from '../messaging/senders';
import { sameContext } from './frames';
import { getTabContext, recordFrameReport } from './tab-contexts';
import { injectReader, loadPart, watchTab } from './content-script';
import { isSiteContentMessage, type SiteRoutes } from './site-routes';
import type { TabClientResolver } from './tab-client';
import type { ClientRecord } from '../model/records';
import type { ReadingAnswer } from '../messaging/transport';
import type { SyncStatusView } from '../model/sync-settings';
import type { TeamCallOffReply, TeamCaseloadReply, TeamCoverReply, TeamHandoffsReply } from '../messaging/team-messages';

export interface RouterDeps {
  now: () => number;
  refreshBadge: () => Promise<number>;
  sites: SiteRoutes;
  /** The client a tab shows (tab-client.ts); undefined when none or locked. */
  tabClient?: TabClientResolver;
  /** Whether a frame's site may be read now; a report from one that may not is refused. */
  mayRead?: (tabId: number, frameUrl: string) => Promise<boolean>;
  /** One message of a read of a frame's mirror, where the rules are (snapshot-read.ts), by the sender's tab and frame. */
  readSnapshot?: (message: MessageOf<'snapshot/read'>, tab: number, frame: number) => Promise<ReadingAnswer>;
  /** A piece of a frame's message too large to send at once: the message once whole, more to come (undefined), or broken (null). */
  joinPiece?: (piece: MessageOf<'snapshot/piece'>, tab: number, frame: number) => MessageOf<'snapshot/read'> | null | undefined;
  /** The reading page says it idles: closed unless a read is on its way (snapshot-read.ts). */
  closeReader?: () => Promise<void>;
  /** Team sync's status (background/sync.ts), after a round when `run`. */
  syncStatus?: (run: boolean) => Promise<SyncStatusView>;
  /** The team screens (team.ts); absent where sync is not wired. */
  team?: {
    caseload(): Promise<TeamCaseloadReply>;
    cover(request: MessageOf<'team/cover'>): Promise<TeamCoverReply>;
    handoffs(): Promise<TeamHandoffsReply>;
    callOff(request: MessageOf<'team/call-off'>): Promise<TeamCallOffReply>;
  };
}

/**
 * Acts on a validated message only when it comes from the context allowed to send it: content
 * scripts may only report what they read; only extension pages may ask for data or actions.
 */
export function route(deps: RouterDeps) {
  const identity = { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
  return (message: Message, sender: Sender): Promise<unknown> | undefined => handle(message, sender, { ...deps, ...identity });
}

/** The router's decision for one validated message (exported so tests can drive it with fakes). */
export function handle(
  message: Message,
  sender: Sender,
  deps: RouterDeps & { runtimeId: string; extensionOrigin: string },
): Promise<unknown> | undefined {
  const { runtimeId, extensionOrigin } = deps;
  if (message.type === 'context/report') {
    if (!isOwnContentScript(sender, runtimeId, extensionOrigin)) return reject(message, sender);
    return answer(message, onReport(message, sender, deps));
  }
  if (message.type === 'snapshot/read') {
    if (!isOwnContentScript(sender, runtimeId, extensionOrigin) || !deps.readSnapshot) return reject(message, sender);
    return answer(message, onSnapshot(message, sender, deps, deps.readSnapshot));
  }
  if (message.type === 'snapshot/piece') {
    if (!isOwnContentScript(sender, runtimeId, extensionOrigin) || !deps.readSnapshot || !deps.joinPiece) return reject(message, sender);
    // Joined as it comes, before anything is awaited: pieces arrive in the order the frame sent them.
    const whole = deps.joinPiece(message, sender.tab?.id as number, sender.frameId ?? 0);
    if (whole) return answer(whole, onSnapshot(whole, sender, deps, deps.readSnapshot));
    return answer(message, Promise.resolve(whole === null ? { ok: true, resend: true as const } : { ok: true }));
  }
  if (message.type === 'snapshot/idle') {
    if (!isReadingPage(sender, runtimeId, extensionOrigin)) return reject(message, sender);
    // Nothing is answered: the page asking may be gone before an answer could reach it.
    void deps.closeReader?.();
    return undefined;
  }
  if (message.type === 'adapter/load') {
    if (!isOwnContentScript(sender, runtimeId, extensionOrigin)) return reject(message, sender);
    return answer(message, loadPart(message.id, sender));
  }
  if (isSiteContentMessage(message)) {
    if (!isOwnContentScript(sender, runtimeId, extensionOrigin)) return reject(message, sender);
    return deps.sites.fromContent(message, sender);
  }
  if (!isExtensionPage(sender, runtimeId, extensionOrigin)) return reject(message, sender);
  switch (message.type) {
    case 'context/get':
      // A panel shows this tab: its readers also look again now and then (CSS-only client switches).
      void watchTab(message.tabId);
      return answer(message, getTabContext(message.tabId).then(async (tab) => ({ tab, ...(await clientOf(tab, deps, false)) })));
    case 'badge/refresh':
      return answer(message, deps.refreshBadge().then((overdue) => ({ overdue })));
    case 'context/reread':
      return answer(message, injectReader(message.tabId).then((ok) => ({ ok })));
    case 'sync/status':
      return answer(message, deps.syncStatus?.(message.run === true));
    case 'team/caseload':
      return answer(message, deps.team?.caseload());
    case 'team/cover':
      return answer(message, deps.team?.cover(message));
    case 'team/handoffs':
      return answer(message, deps.team?.handoffs());
    case 'team/call-off':
      return answer(message, deps.team?.callOff(message));
    default:
      return deps.sites.fromPage(message);
  }
}

function reject(message: Message, sender: Sender): undefined {
  console.warn('[rapport] ignored', message.type, 'from', sender.url ?? sender.id);
  return undefined;
}

/**
 * One message of a read of a frame's mirror, passed to where the rules are: the layout verdicts it
 * still needs, or "send the page whole", go back to the frame; a reading is handled as that frame's
 * report. A message that fails to be read is no client, never the last one kept.
 */
async function onSnapshot(
  message: MessageOf<'snapshot/read'>,
  sender: Sender,
  deps: RouterDeps,
  read: NonNullable<RouterDeps['readSnapshot']>,
): Promise<{ ok: boolean; identifiers?: string[]; ask?: number[]; resend?: true; settled?: true }> {
  // Not read at all for a site that may not be read: its page goes no further.
  if (deps.mayRead && !(await deps.mayRead(sender.tab?.id as number, sender.url ?? message.url))) return { ok: false };
  const answer = await read(message, sender.tab?.id as number, sender.frameId ?? 0).catch((): ReadingAnswer => ({ context: null }));
  if ('ask' in answer) return { ok: true, ask: answer.ask };
  if ('resend' in answer) return { ok: true, resend: true };
  const context = answer.context;
  const reported = await onReport({ type: 'context/report', context, url: message.url, ...(message.view ? { view: message.view } : {}) }, sender, deps);
  // The frame keeps these from what it teaches (a taught selector must not name this client).
  const identifiers = [context?.name, context?.mrn, context?.dob].filter((i): i is string => !!i);
  if (reported.ok && identifiers.length) return { ...reported, identifiers };
  // Nobody, from a read that ran to its end: the frame may let it stand (a failed read's null may not).
  return reported.ok && !context && answer.settled ? { ...reported, settled: true } : reported;
}

async function onReport(
  message: Extract<Message, { type: 'context/report' }>,
  sender: Sender,
  deps: RouterDeps,
): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id as number;
  // The sender's own URL, not the one the message claims: a frame cannot report for another site.
  const frameUrl = sender.url ?? message.url;
  if (deps.mayRead && !(await deps.mayRead(tabId, frameUrl))) return { ok: false };
  const { before, after } = await recordFrameReport(
    tabId,
    sender.frameId ?? 0,
    sender.tab?.url ?? message.url,
    { context: message.context, frameUrl: message.url, ...(message.view ? { view: message.view } : {}) },
    deps.now(),
  );
  if (!sameContext(before?.context, after.context) || before?.url !== after.url) {
    // A new page context is a visit: recorded here, once, and its client named to every panel.
    const { clientId } = await clientOf(after, deps, !sameContext(before?.context, after.context));
    await broadcast({ type: 'context/changed', tabId, tab: after, ...(clientId ? { clientId } : {}) });
  }
  return { ok: true };
}

/** The tab's client for a reply or a broadcast; a failure only means the panel gets none. */
export async function clientOf(tab: TabContext | null, deps: Pick<RouterDeps, 'tabClient'>, recordVisit: boolean): Promise<{ clientId?: string; client?: ClientRecord }> {
  if (!tab?.context || !deps.tabClient) return {};
  const client = await deps.tabClient(tab, { recordVisit }).catch((error: unknown) => {
    console.warn('[rapport] resolving the tab\'s client', error);
    return undefined;
  });
  return client ? { clientId: client.id, client } : {};
}
