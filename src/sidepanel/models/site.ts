import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { identifyingWords, mentionsAny } from '../../context/identifying';
import type { TabContext } from '../../messaging/schema';
import type { RapportDb } from '../../store/db';
import { accessPatternFor } from '../../domain/sites/site-access';
import type { ContextField, DateOrder } from '../../model/context';

export type SiteAccessState = 'unknown' | 'unsupported' | 'built-in' | 'enabled' | 'not-enabled';

export type PickerEvent =
  | { kind: 'picked'; tabId: number; frameUrl: string; field: ContextField; selector: string; text: string }
  | { kind: 'aborted'; tabId: number };

/** What the site controls need from the browser; the extension one is in site-host-extension.ts. */
export interface SiteHost {
  /** The tab's URL when the extension may see it (a granted site, or after a toolbar click). */
  tabUrl(tabId: number): Promise<string | undefined>;
  access(url: string): Promise<Exclude<SiteAccessState, 'unknown' | 'unsupported'>>;
  /** permissions.request: must be the first call of the click (Firefox drops the gesture after an await). */
  requestAccess(pattern: string): Promise<boolean>;
  /** Asks the background to register and start the reader on a granted origin. */
  enable(origin: string): Promise<boolean>;
  startPicker(tabId: number, field: ContextField): Promise<boolean>;
  stopPicker(tabId: number): Promise<void>;
  onPicker(listener: (event: PickerEvent) => void): () => void;
  /** Taught profiles changed: readers must ask for theirs again. */
  profilesChanged(): Promise<void>;
}

/** The fields a user teaches by pointing, in the order the panel asks for them. */
export const TEACH_FIELDS: readonly ContextField[] = ['name', 'mrn', 'dob'];

export interface PickedField {
  selector: string;
  text: string;
  origin: string;
}

export interface TeachState {
  tabId: number;
  /** The field the page is waiting for, or 'review' once every field was picked or skipped. */
  step: ContextField | 'review';
  picks: Partial<Record<ContextField, PickedField>>;
  dateOrder?: DateOrder;
}

export interface SiteMessage {
  key: string;
  substitutions: string[];
  tone: 'info' | 'error';
}

interface Binding {
  tabId: ReadonlySignal<number | undefined>;
  tab: ReadonlySignal<TabContext | null>;
}

const parts = (url: string) => {
  try {
    const u = new URL(url);
    return { origin: u.origin, host: u.hostname };
  } catch {
    return { origin: '', host: '' };
  }
};
const originOf = (url: string) => parts(url).origin;
const hostOf = (url: string) => parts(url).host;

/**
 * The panel's "Read this site" and "Teach this site": whether the bound tab's site is read, the
 * permission request, and the teaching steps (one pick per field, then save a profile).
 */
export function createSiteModel(host: SiteHost, db: RapportDb, binding: Binding, now: () => number) {
  const fetchedUrl = signal<string | undefined>(undefined);
  const url = computed(() => binding.tab.value?.url ?? fetchedUrl.value);
  const pattern = computed(() => (url.value ? accessPatternFor(url.value) : null));
  const site = computed(() => (url.value ? hostOf(url.value) : ''));
  const access = signal<SiteAccessState>('unknown');
  /** A reader runs there: the site is enabled, or the page was read once (toolbar click). */
  const readable = computed(() => access.value === 'built-in' || access.value === 'enabled' || binding.tab.value !== null);
  const teach = signal<TeachState | null>(null);
  const message = signal<SiteMessage | null>(null);
  const say = (key: string, substitutions: string[] = [], tone: SiteMessage['tone'] = 'info'): void => {
    message.value = { key, substitutions, tone };
  };

  let urlGeneration = 0;
  const offTab = effect(() => {
    const tabId = binding.tabId.value;
    const known = binding.tab.value?.url;
    const mine = ++urlGeneration;
    if (known !== undefined || tabId === undefined) return;
    void host.tabUrl(tabId).then((found) => {
      if (mine === urlGeneration) fetchedUrl.value = found;
    });
  });

  let accessGeneration = 0;
  async function refreshAccess() {
    const current = url.peek();
    const mine = ++accessGeneration;
    const state: SiteAccessState = !current ? 'unknown' : !accessPatternFor(current) ? 'unsupported' : await host.access(current);
    if (mine === accessGeneration) access.value = state;
  }
  const offAccess = effect(() => {
    void url.value;
    void refreshAccess();
  });

  /** Leaving the tab ends its teaching: picks belong to the page they were made on. */
  let teachingTab: number | undefined;
  const offFollow = effect(() => {
    const tabId = binding.tabId.value;
    if (teachingTab !== undefined && tabId !== teachingTab) cancel();
  });

  async function arm(state: TeachState, field: ContextField) {
    teach.value = { ...state, step: field };
    if (!(await host.startPicker(state.tabId, field))) {
      teach.value = null;
      teachingTab = undefined;
      say('teachUnreachable', [], 'error');
    }
  }

  function nextStep(after: ContextField, picks: TeachState['picks']): ContextField | 'review' {
    const rest = TEACH_FIELDS.slice(TEACH_FIELDS.indexOf(after) + 1);
    return rest.find((field) => !picks[field]) ?? 'review';
  }

  function advance(state: TeachState, after: ContextField) {
    const step = nextStep(after, state.picks);
    if (step === 'review') teach.value = { ...state, step };
    else void arm(state, step);
  }

  const offPicker = host.onPicker((event) => {
    const state = teach.peek();
    if (!state || event.tabId !== state.tabId) return;
    if (event.kind === 'aborted') {
      teach.value = null;
      teachingTab = undefined;
      return void say('teachCancelled');
    }
    if (event.field !== state.step) return;
    const origin = originOf(event.frameUrl);
    const first = state.picks.name?.origin;
    if (first && origin !== first) {
      say('teachOtherOrigin', [hostOf(event.frameUrl)], 'error');
      return void arm(state, event.field);
    }
    message.value = null;
    const picks = { ...state.picks, [event.field]: { selector: event.selector, text: event.text, origin } };
    advance({ ...state, picks }, event.field);
  });

  function cancel() {
    const state = teach.peek();
    teach.value = null;
    teachingTab = undefined;
    if (state) void host.stopPicker(state.tabId);
  }

  return {
    url,
    site,
    pattern,
    access,
    readable,
    teach,
    message,

    /**
     * Call straight from the click handler: the permission request goes out before anything is awaited.
     */
    enable(): Promise<void> {
      const wanted = pattern.peek();
      const where = url.peek();
      if (!wanted || !where) return Promise.resolve();
      const asked = host.requestAccess(wanted);
      const name = site.peek();
      return asked
        .then(async (granted) => {
          if (!granted) return say('siteDenied', [name], 'error');
          await host.enable(originOf(where));
          await refreshAccess();
          say('siteEnabled', [name]);
        })
        .catch((error: unknown) => say('siteEnableFailed', [name, String(error)], 'error'));
    },

    startTeaching(): Promise<void> {
      const tabId = binding.tabId.peek();
      if (tabId === undefined) return Promise.resolve();
      message.value = null;
      teachingTab = tabId;
      return arm({ tabId, step: TEACH_FIELDS[0] as ContextField, picks: {} }, TEACH_FIELDS[0] as ContextField);
    },

    /** MRN and date of birth are optional: some screens show neither. */
    skip() {
      const state = teach.peek();
      if (!state || state.step === 'review' || state.step === 'name') return;
      advance(state, state.step);
    },

    repick(field: ContextField) {
      const state = teach.peek();
      if (!state) return;
      const picks = { ...state.picks };
      delete picks[field];
      void arm({ ...state, picks }, field);
    },

    setDateOrder(dateOrder: DateOrder | undefined) {
      const state = teach.peek();
      if (state) teach.value = { ...state, dateOrder };
    },

    cancel,

    async save(): Promise<void> {
      const state = teach.peek();
      const origin = state?.picks.name?.origin;
      if (!state || !origin) return;
      const selectors: Partial<Record<ContextField, string>> = {};
      for (const field of TEACH_FIELDS) {
        const pick = state.picks[field];
        if (pick?.origin === origin) selectors[field] = pick.selector;
      }
      // A selector naming this client would find no one else and keep their identity in the profile.
      const identifying = identifyingWords([state.picks.name?.text, state.picks.mrn?.text, state.picks.dob?.text]);
      if (Object.values(selectors).some((selector) => mentionsAny(selector, identifying))) return say('teachIdentifying', [], 'error');
      try {
        // Only a taught site is saved from the panel: the profile store loads with the first save.
        const { saveSiteProfile } = await import('../../store/sites');
        await saveSiteProfile(db, { origin, selectors, ...(state.dateOrder ? { dateOrder: state.dateOrder } : {}) }, now());
      } catch (error) {
        return say('saveFailed', [String(error)], 'error');
      }
      teach.value = null;
      teachingTab = undefined;
      await host.profilesChanged();
      say('teachSaved', [hostOf(origin)]);
    },

    dispose: () => [offTab, offAccess, offFollow, offPicker].forEach((off) => off()),
  };
}

export type SiteModel = ReturnType<typeof createSiteModel>;
