import { computed, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RapportDb } from '../store/db';
import type { PanelHost } from './host';
import { createBindingModel, type BindingModel } from './models/binding';
import { createClock } from './models/clock';
import { createClientModel } from './models/client';
import { createContactsModel } from './models/contacts';
import { createCallbacksModel } from './models/callbacks';
import { createNotices } from './models/notices';
import { createDraftsModel, type DraftsModel } from './models/drafts';
import { createSettingsModel } from './models/settings';
import { createPainPointsModel } from './models/pain-points';
import { createStayModel } from './models/stay';
import { lazyModel } from './models/lazy';
import { loadActions } from './models/load-actions';
import { createCaseloadModel } from './models/caseload';
import { createShortcutNotices } from './models/shortcut-notices';
import { createLockModel, type LockModel, type PanelVault } from './models/lock';
import { createFormats } from '../ui/format';
import { createWords } from '../ui/translate';
import { isHolidayCalendarLoaded } from '../domain/time/holiday-calendar';

/** What outlives one unlocked session of the panel: the lock itself and the half-typed forms. */
export interface PanelShared {
  lock: LockModel;
  drafts: DraftsModel;
}

/**
 * All models of one open panel, wired together; components reach them through usePanel(). Their
 * computed values count business days (TCM, callbacks, suggestions): the holiday calendar is
 * loaded first (loadHolidayCalendar), so no deadline is ever shown without the holidays.
 */
export function createPanel(
  host: PanelHost,
  db: RapportDb,
  binding: BindingModel = createBindingModel(host),
  shared: PanelShared = { lock: createLockModel(undefined), drafts: createDraftsModel() },
) {
  if (!isHolidayCalendarLoaded()) throw new Error('holiday calendar not loaded');
  const clock = createClock(() => host.now());
  const formats = createFormats(host.locale, host.timeZone);
  const words = createWords(host.t, formats);
  /** "Site setup" from the menu: whether the site controls are shown. */
  const siteSetup = signal(false);
  const client = createClientModel(db, binding);
  /** The site controls are shown from the menu, or where nothing was read: the model loads with them. */
  const site = lazyModel(
    () => Promise.all([import('./models/site'), host.sites()]),
    ([{ createSiteModel }, sites]) => createSiteModel(sites, db, binding, () => host.now()),
  );
  const clientId = computed(() => client.client.value?.id);
  const contacts = createContactsModel(db, clientId, clock);
  const callbacks = createCallbacksModel(db, clientId, clock);
  const notices = createNotices();
  const { drafts, lock } = shared;
  const settings = createSettingsModel(db, host.timeZone);
  const painPoints = createPainPointsModel(db, clientId, clock);
  /** Only the sections below the first screen show checklists: the model loads with them. */
  const checklists = lazyModel(
    () => import('./models/checklists'),
    ({ createChecklistsModel }) =>
      createChecklistsModel(db, clientId, clock, host.timeZone, {
        contacts: contacts.contacts,
        painPoints: painPoints.painPoints,
      }),
  );
  const stay = createStayModel(db, client, clock, host.timeZone);
  /** Only an enrolled client's next action needs the rules: they load with it. */
  const suggestions = lazyModel(
    () => import('./models/suggestions'),
    ({ createSuggestionsModel }) =>
      createSuggestionsModel(db, clientId, {
        client,
        contacts,
        callbacks,
        painPoints,
        settings,
        clock,
        timeZone: host.timeZone,
        locale: host.locale,
      }),
  );
  const caseload = createCaseloadModel(db, settings, clock, host.timeZone);

  /** Every write ends here: the badge is recounted at once, not at the next alarm. */
  const afterWrite = () => host.dataChanged().catch((error: unknown) => console.warn('[rapport] badge refresh', error));
  /** A keyboard shortcut's result (which client it logged a call for, with Undo) and notification clicks. */
  const shortcutNotices = createShortcutNotices(host.requests, {
    db,
    binding,
    notices,
    view: caseload.view,
    now: () => host.now(),
    t: host.t,
    afterWrite,
  });

  return {
    host,
    db,
    clock,
    formats,
    words,
    siteSetup,
    binding,
    site,
    client,
    contacts,
    callbacks,
    notices,
    drafts,
    lock,
    settings,
    painPoints,
    checklists,
    stay,
    suggestions,
    caseload,
    afterWrite,
    shortcutNotices,
    start: async () => {
      await Promise.all([binding.start(), settings.reload()]);
      // The first screen only reads: what its actions need is fetched now, before a click waits for it.
      loadActions().catch((error: unknown) => console.warn('[rapport] loading the actions', error));
    },
    dispose: () => [clock, binding, site, client, contacts, callbacks, settings, painPoints, checklists, suggestions, caseload, shortcutNotices].forEach((model) => model.dispose()),
  };
}

export type Panel = ReturnType<typeof createPanel>;

/**
 * The panel across lock and unlock. While locked no model exists: nothing reads the database and
 * nothing read before stays on screen. Each unlock builds the models afresh, so every load runs
 * again as when the panel opens; only the drafts (kept in memory, in this process) carry over.
 */
export function createPanelSession(host: PanelHost, db: RapportDb, vault?: PanelVault, firstBinding?: BindingModel) {
  const shared: PanelShared = { lock: createLockModel(vault), drafts: createDraftsModel() };
  const panel = signal<Panel | null>(null);
  let binding = firstBinding;
  let started: Promise<unknown> = Promise.resolve();

  function open() {
    if (panel.peek()) return;
    const next = createPanel(host, db, binding ?? createBindingModel(host), shared);
    // A disposed binding stops listening: the next unlock asks the browser for the tab again.
    binding = undefined;
    panel.value = next;
    started = next.start().catch((error: unknown) => console.warn('[rapport] panel start', error));
  }

  function close() {
    panel.peek()?.dispose();
    panel.value = null;
  }

  const offStatus = shared.lock.status.subscribe((status) => (status === 'locked' ? close() : open()));

  return {
    panel,
    lock: shared.lock,
    drafts: shared.drafts,
    host,
    /** Resolves once the panel shown now has loaded (at once while locked). */
    start: () => started,
    dispose() {
      offStatus();
      close();
      shared.lock.dispose();
    },
  };
}

export type PanelSession = ReturnType<typeof createPanelSession>;

export const PanelContext = createContext<Panel | null>(null);

export function usePanel(): Panel {
  const panel = useContext(PanelContext);
  if (!panel) throw new Error('usePanel outside its provider');
  return panel;
}
