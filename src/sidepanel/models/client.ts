import { computed, effect, signal } from '@preact/signals';
import type { ClientContext } from '../../context/types';
import type { ClientRecord } from '../../store/records';
import type { RapportDb } from '../../store/db';
import { recordSeenClient } from '../../store/clients';
import { systemForUrl } from '../../context/site';
import type { BindingModel } from './binding';
import type { Clock } from './clock';

interface Resolved {
  context: ClientContext;
  record: ClientRecord;
  mergeCandidates: ClientRecord[];
}

/**
 * The client the page shows, resolved to (or recorded as) a client Rapport knows. Until the page's
 * current context is resolved there is no client: acting on the previous one would be acting on the
 * wrong patient.
 */
export function createClientModel(db: RapportDb, binding: BindingModel, clock: Clock) {
  const resolved = signal<Resolved | null>(null);
  const error = signal<string | null>(null);
  const pageContext = computed(() => binding.tab.value?.context ?? null);
  const current = computed(() => (resolved.value && resolved.value.context === pageContext.value ? resolved.value : null));
  const client = computed(() => current.value?.record ?? null);
  const mergeCandidates = computed(() => current.value?.mergeCandidates ?? []);

  const dispose = effect(() => {
    const tab = binding.tab.value;
    const context = tab?.context;
    if (!tab || !context) return;
    recordSeenClient(db, { context, system: systemForUrl(tab.frameUrl, context.source), url: tab.url }, clock.now.peek())
      .then((seen) => {
        if (binding.tab.peek()?.context !== context) return;
        resolved.value = { context, record: seen.client, mergeCandidates: seen.mergeCandidates };
        error.value = null;
      })
      .catch((failure: unknown) => {
        if (binding.tab.peek()?.context === context) error.value = String(failure);
      });
  });

  return { client, pageContext, mergeCandidates, error, dispose };
}

export type ClientModel = ReturnType<typeof createClientModel>;
