import { computed, effect, signal } from '@preact/signals';
import type { ClientRecord } from '../../store/records';
import type { RapportDb } from '../../store/db';
import { recordSeenClient } from '../../store/clients';
import { systemForUrl } from '../../context/site';
import type { BindingModel } from './binding';
import type { Clock } from './clock';

/** The client the page shows, resolved to (or recorded as) a client Rapport knows. */
export function createClientModel(db: RapportDb, binding: BindingModel, clock: Clock) {
  const client = signal<ClientRecord | null>(null);
  const mergeCandidates = signal<ClientRecord[]>([]);
  const error = signal<string | null>(null);
  const pageContext = computed(() => binding.tab.value?.context ?? null);
  let generation = 0;

  const dispose = effect(() => {
    const tab = binding.tab.value;
    const mine = ++generation;
    if (!tab?.context) {
      client.value = null;
      mergeCandidates.value = [];
      return;
    }
    const context = tab.context;
    recordSeenClient(db, { context, system: systemForUrl(tab.frameUrl, context.source), url: tab.url }, clock.now.peek())
      .then((seen) => {
        if (mine !== generation) return;
        client.value = seen.client;
        mergeCandidates.value = seen.mergeCandidates;
        error.value = null;
      })
      .catch((failure: unknown) => {
        if (mine === generation) error.value = String(failure);
      });
  });

  return { client, pageContext, mergeCandidates, error, dispose };
}

export type ClientModel = ReturnType<typeof createClientModel>;
