import { effect, signal } from '@preact/signals';
import { countOverdue } from '../../store/client-records';
import { onChanged } from '../../store/changes';
import { onReopened, type RapportDb } from '../../store/db';
import type { Clock } from './clock';
import type { SettingsModel } from './settings';
import type { DischargeRow, OverdueRow, PastMaxRow, TcmRow } from '../../domain/caseload/caseload';

/** The caseload's queries and rules load with the view's first opening, not the first paint. */
const loadQueries = () => Promise.all([import('../../store/caseload'), import('../../domain/caseload/caseload')]);

export type PanelView = 'client' | 'caseload';

/** Sections of the caseload; `null` while not yet loaded, so the view can say "counting". */
export interface CaseloadSections {
  overdue: OverdueRow[] | null;
  tcm: TcmRow[] | null;
  discharges: DischargeRow[] | null;
  pastMax: PastMaxRow[] | null;
  /** How many clients the caseload holds (the enrolled ones). */
  size: number | null;
}

const EMPTY: CaseloadSections = { overdue: null, tcm: null, discharges: null, pastMax: null, size: null };

/**
 * The whole caseload, loaded only while the view is open. Cheap sections arrive first; the
 * per-client contact look-up for "past the maximum interval" comes last.
 */
export function createCaseloadModel(db: RapportDb, settings: SettingsModel, clock: Clock, timeZone: string) {
  const view = signal<PanelView>('client');
  const sections = signal<CaseloadSections>(EMPTY);
  const loading = signal(false);
  const error = signal<string | null>(null);
  /** Shown beside the view switch at all times: an index count, as cheap as the badge. */
  const overdueCount = signal<number | null>(null);
  let generation = 0;

  async function recount() {
    overdueCount.value = await countOverdue(db, clock.now.peek());
  }

  async function load() {
    const mine = ++generation;
    const current = () => mine === generation;
    const set = (patch: Partial<CaseloadSections>) => current() && (sections.value = { ...sections.value, ...patch });
    const now = clock.now.peek();
    loading.value = true;
    error.value = null;
    try {
      const [{ caseloadSnapshot, tcmRows }, { dischargeRows, overdueRows, pastMaxRows }] = await loadQueries();
      if (!current()) return;
      const { overdue, clients } = await caseloadSnapshot(db, now);
      set({ overdue: overdueRows(overdue, clients), size: clients.length });
      // Let the most urgent list paint before the other sections are worked out.
      await new Promise((resolve) => setTimeout(resolve));
      if (!current()) return;
      set({ discharges: dischargeRows(clients, now, timeZone) });
      set({ tcm: await tcmRows(db, clients, now, timeZone) });
      if (!current()) return;
      set({ pastMax: pastMaxRows(clients, settings.settings.peek(), now, timeZone) });
    } catch (failure) {
      if (current()) error.value = String(failure);
    } finally {
      if (current()) loading.value = false;
    }
  }

  const disposers = [
    effect(() => {
      void clock.now.value;
      void recount();
    }),
    effect(() => {
      if (view.value !== 'caseload') return;
      // Opening shows fresh counts as they arrive, never the last visit's rows as if current.
      sections.value = EMPTY;
      void load();
    }),
    onChanged((change) => {
      if (change.store === 'callbacks') void recount();
      if (view.peek() === 'caseload' && ['callbacks', 'contacts', 'clients', 'meta'].includes(change.store)) void load();
    }),
    // A load begun while another context replaced the database failed: it runs again on the new one.
    onReopened(() => {
      if (view.peek() === 'caseload') void load();
    }),
  ];

  return {
    view,
    sections,
    loading,
    error,
    overdueCount,
    recount,
    reload: load,
    dispose: () => disposers.forEach((dispose) => dispose()),
  };
}

export type CaseloadModel = ReturnType<typeof createCaseloadModel>;
