import { signal } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import { openAuditLog, type AuditCursor, type AuditLog, type AuditRow } from '../../store/audit';
import { listClients } from '../../store/clients';
import { loadSettings } from '../../store/settings';
import type { StoreName } from '../../model/records';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  store: StoreName | '';
  clientText: string;
}

/** The audit view's state: one read of the database per open view (or refresh), pages from memory. */
export function createAuditModel(db: RapportDb, browserTimeZone: string) {
  const rows = signal<AuditRow[]>([]);
  const next = signal<AuditCursor | undefined>(undefined);
  const filter = signal<AuditFilter>({ store: '', clientText: '' });
  const names = signal<ReadonlyMap<string, string>>(new Map());
  const timeZone = signal(browserTimeZone);
  const loading = signal(true);
  /** Something was written since the log was read: a refresh would show it. */
  const stale = signal(false);
  let log: AuditLog | undefined;

  function query(after?: AuditCursor) {
    const { store, clientText } = filter.value;
    const text = clientText.trim().toLowerCase();
    const clientIds = text
      ? new Set([...names.value].filter(([, name]) => name.toLowerCase().includes(text)).map(([id]) => id))
      : undefined;
    return log?.page({ after, limit: AUDIT_PAGE_SIZE, stores: store ? [store] : undefined, clientIds }) ?? { rows: [] };
  }

  function showFirst() {
    const page = query();
    rows.value = page.rows;
    next.value = page.next;
  }

  async function load() {
    loading.value = true;
    stale.value = false;
    // Names come from the client read functions, never from raw records: those may be sealed.
    const [opened, clients, settings] = await Promise.all([openAuditLog(db), listClients(db), loadSettings(db, browserTimeZone)]);
    log = opened;
    names.value = new Map(clients.map((client) => [client.id, client.name]));
    timeZone.value = settings.schedule.timeZone;
    showFirst();
    loading.value = false;
  }

  return {
    rows,
    next,
    filter,
    names,
    timeZone,
    loading,
    stale,
    load,
    setFilter(patch: Partial<AuditFilter>) {
      filter.value = { ...filter.value, ...patch };
      showFirst();
    },
    showOlder() {
      if (!next.value) return;
      const page = query(next.value);
      rows.value = [...rows.value, ...page.rows];
      next.value = page.next;
    },
    markStale() {
      stale.value = true;
    },
  };
}

export type AuditModel = ReturnType<typeof createAuditModel>;
