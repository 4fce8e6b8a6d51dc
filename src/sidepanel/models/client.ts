import { computed, effect, signal } from '@preact/signals';
import { onReopened, whenOpen, type RapportDb } from '../../store/db';
import { getClient, mergeCandidatesFor } from '../../store/client-reads';
import type { NewClientFields, updateClient } from '../../store/clients';
import { onChanged } from '../../store/changes';
import { loadActions } from './load-actions';
import type { BindingModel } from './binding';
import type { ClientRecord } from '../../model/records';
import type { ClientContext } from '../../model/context';

interface Resolved {
  context: ClientContext;
  record: ClientRecord;
  mergeCandidates: ClientRecord[];
}

/**
 * The client the panel works on: the one the page shows (resolved to, or recorded as, a client
 * Rapport knows), unless the user chose another one (a client calling while another chart is open).
 * Until the page's current context is resolved there is no page client: acting on the previous one
 * would be acting on the wrong patient.
 */
export function createClientModel(db: RapportDb, binding: BindingModel) {
  const resolved = signal<Resolved | null>(null);
  const chosen = signal<ClientRecord | null>(null);
  const error = signal<string | null>(null);
  const pageContext = computed(() => binding.tab.value?.context ?? null);
  const current = computed<Resolved | null>(() => {
    const context = pageContext.value;
    if (resolved.value && resolved.value.context === context) return resolved.value;
    // The background's head start (the record as it found it), until this panel has recorded the
    // visit itself: bound to this exact page context, like everything here.
    const known = binding.known.value;
    return context && known && known.tab.context === context ? { context, record: known.client, mergeCandidates: [] } : null;
  });
  const pageClient = computed(() => current.value?.record ?? null);
  const client = computed(() => chosen.value ?? pageClient.value);
  const isChosen = computed(() => chosen.value !== null);
  const mergeCandidates = computed(() => (chosen.value ? [] : (current.value?.mergeCandidates ?? [])));

  /** Bumped when the page's client changed while its record was being read: read it again. */
  const reread = signal(0);
  let reads = 0;
  /** The read in flight, if any: begun before a write of this panel's, it would show the record from before it. */
  let reading: number | undefined;
  // The background resolved the page to a client (and recorded the visit): read that record. A
  // page with no client named was answered while locked: this panel exists unlocked, so ask again.
  let askedFor: unknown;
  const disposeEffect = effect(() => {
    const context = binding.tab.value?.context;
    const id = binding.clientId.value;
    void reread.value;
    if (context && id === undefined && askedFor !== context) {
      askedFor = context;
      void binding.askForClient().catch((failure: unknown) => console.warn('[rapport] asking for the client', failure));
    }
    if (!context || id === undefined) return;
    const read = ++reads;
    reading = read;
    const stillShown = () => read === reads && binding.tab.peek()?.context === context && binding.clientId.peek() === id;
    readClient(id)
      .finally(() => {
        if (reading === read) reading = undefined;
      })
      .then((found) => {
        if (!stillShown()) return;
        if (!found) throw new Error(`No client ${id}`);
        resolved.value = { context, record: found.record, mergeCandidates: found.mergeCandidates };
        error.value = null;
      })
      .catch((failure: unknown) => {
        if (stillShown()) error.value = String(failure);
      });
  });

  async function readClient(id: string): Promise<{ record: ClientRecord; mergeCandidates: ClientRecord[] } | undefined> {
    const record = await getClient(db, id);
    return record && { record, mergeCandidates: await mergeCandidatesFor(db, record) };
  }

  /**
   * The page's client as a write just left it. A read begun before the write would answer with the
   * record from before it (IndexedDB reads see the data as of their own transaction) and, landing
   * later, undo what the user sees: it is dropped for one begun now.
   */
  function showWritten(fresh: ClientRecord) {
    const currentResolved = current.peek();
    if (currentResolved?.record.id !== fresh.id) return;
    resolved.value = { ...currentResolved, record: fresh };
    if (reading !== undefined) reread.value++;
  }

  /** Corrections made in another panel (or the options page) show here at once. */
  async function refresh(ids: string[]) {
    // A change told while another context replaces the database is read on the new one, once this panel follows it.
    await whenOpen(db);
    const pageId = binding.clientId.peek();
    // An id of none read (undefined) is in no list of changed ids.
    if (ids.includes(pageId as string) && resolved.peek()?.record.id !== pageId) reread.value++;
    const open = [chosen.peek(), resolved.peek()?.record].filter((record): record is ClientRecord => !!record);
    for (const record of open) {
      if (!ids.includes(record.id)) continue;
      const fresh = await getClient(db, record.id);
      if (!fresh) {
        if (chosen.peek()?.id === record.id) chosen.value = null;
        continue;
      }
      if (chosen.peek()?.id === fresh.id) chosen.value = fresh;
      if (resolved.peek()?.record.id === fresh.id) showWritten(fresh);
    }
  }
  const offChanged = onChanged((change) => {
    if (change.store === 'clients') void refresh(change.ids);
  });
  // A read begun while another context replaced the database failed: the page's client is read again.
  const offReopened = onReopened(() => reread.value++);

  return {
    client,
    pageClient,
    pageContext,
    isChosen,
    mergeCandidates,
    error,
    /** Work on a client without touching the page. */
    select: async (id: string) => {
      chosen.value = (await getClient(db, id)) ?? null;
    },
    /** Clients Rapport knows whose name or identifier matches, for the finder. */
    find: async (query: string) => (await loadActions()).findClients(db, query, 20),
    /** A client added by hand, joining the caseload. */
    add: async (fields: NewClientFields, now: number) => (await loadActions()).createClient(db, fields, now),
    /** The user's corrections, written only over the revision they were made on (else StaleWriteError). */
    update: async (id: string, patch: Parameters<typeof updateClient>[2], now: number, rev: number) => (await loadActions()).updateClient(db, id, patch, now, rev),
    /** Back to the client the page shows. */
    followPage: () => {
      chosen.value = null;
    },
    /** After this panel's own write to a client record. */
    refresh: (id: string) => refresh([id]),
    /** "Add to my caseload": the view becomes the full client view as soon as the write is done. */
    enrol: async (id: string, now: number) => {
      const fresh = await (await loadActions()).enrolClient(db, id, now);
      if (chosen.peek()?.id === fresh.id) chosen.value = fresh;
      // The page's client may still be the background's head start: this read is as good as the panel's own.
      showWritten(fresh);
      return fresh;
    },
    dispose: () => {
      disposeEffect();
      offChanged();
      offReopened();
    },
  };
}

export type ClientModel = ReturnType<typeof createClientModel>;
