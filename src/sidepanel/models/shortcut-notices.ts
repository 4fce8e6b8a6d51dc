import { effect } from '@preact/signals';
import type { PanelShowRequest, ShortcutRecord } from '../../messaging/schema';
import type { RapportDb } from '../../store/db';
import { loadActions } from './load-actions';
import type { BindingModel } from './binding';
import type { Notices } from './notices';
import type { PanelView } from './caseload';
import type { Signal } from '@preact/signals';
import type { Translate } from '../../ui/translate';

/** What the background did without the panel (a keyboard shortcut, a notification click). */
export interface BackgroundRequestsHost {
  /** The last ones kept in storage.session, for a panel that opens only now. */
  pending(): Promise<{ shortcut: ShortcutRecord | null; show: PanelShowRequest | null }>;
  onShortcut(listener: (record: ShortcutRecord) => void): () => void;
  onShow(listener: (request: PanelShowRequest) => void): () => void;
}

/** Older than this, a kept record is history: a panel opened later must not announce it. */
export const FRESH_MS = 60_000;

export interface ShortcutNoticesDeps {
  db: RapportDb;
  binding: BindingModel;
  notices: Notices;
  view: Signal<PanelView>;
  now: () => number;
  t: Translate;
  afterWrite: () => Promise<unknown>;
}

/**
 * Any action taken by shortcut names the client it acted on and offers Undo (DESIGN.md, wrong-patient
 * safety). The panel bound to the tab the shortcut read shows it, whether it was open already (a
 * broadcast) or opened by the shortcut itself (the record kept in storage.session).
 */
export function createShortcutNotices(host: BackgroundRequestsHost | undefined, deps: ShortcutNoticesDeps) {
  const { binding, notices, t } = deps;
  const shown = new Set<string>();

  function showShortcut(record: ShortcutRecord) {
    const key = `${record.kind}:${record.tabId}:${record.at}`;
    if (shown.has(key) || record.tabId !== binding.tabId.peek()) return;
    shown.add(key);
    if (record.kind !== 'logged') {
      notices.show({ text: t(record.kind === 'locked' ? 'shortcutLocked' : 'shortcutNoClient'), tone: 'error' });
      return;
    }
    notices.show({
      text: t('shortcutLogged', record.name),
      tone: 'info',
      undo: async () => {
        try {
          const { deleteContact } = await loadActions();
          await deleteContact(deps.db, record.contactId, deps.now());
          await deps.afterWrite();
          notices.show({ text: t('shortcutUndone', record.name), tone: 'info' });
        } catch (error) {
          notices.show({ text: t('saveFailed', String(error)), tone: 'error' });
        }
      },
    });
  }

  const fresh = (at: number) => deps.now() - at < FRESH_MS;
  const unsubscribers: (() => void)[] = [];
  if (host) {
    unsubscribers.push(
      host.onShortcut(showShortcut),
      host.onShow(() => (deps.view.value = 'caseload')),
    );
    // Once the panel knows its tab: what happened just before it opened.
    let asked = false;
    unsubscribers.push(
      effect(() => {
        if (asked || !binding.ready.value) return;
        asked = true;
        void host
          .pending()
          .then(({ shortcut, show }) => {
            if (shortcut && fresh(shortcut.at)) showShortcut(shortcut);
            if (show && fresh(show.at)) deps.view.value = 'caseload';
          })
          .catch((error: unknown) => console.warn('[rapport] pending requests', error));
      }),
    );
  }

  return {
    /** Shows a shortcut's record (exposed for tests and for hosts without storage). */
    showShortcut,
    dispose: () => unsubscribers.forEach((off) => off()),
  };
}

export type ShortcutNotices = ReturnType<typeof createShortcutNotices>;
