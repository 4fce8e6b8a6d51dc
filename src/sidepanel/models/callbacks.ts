import { computed, type ReadonlySignal } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import { callbacksForClient } from '../../store/client-records';
import { loadActions } from './load-actions';
import { isOverdue } from '../../domain/contacts/callbacks';
import { createClientCollection } from './client-collection';
import type { Clock } from './clock';

/** Callbacks owed to one client: the promise ledger. */
export function createCallbacksModel(db: RapportDb, clientId: ReadonlySignal<string | undefined>, clock: Clock) {
  const collection = createClientCollection(clientId, 'callbacks', (id) => callbacksForClient(db, id));
  const open = computed(() => collection.items.value.filter((callback) => callback.status === 'open'));
  const isLate = (callback: { status: 'open' | 'done'; dueAt: number }) => isOverdue(callback, clock.now.value);

  async function add(forClientId: string, dueAt: number, reason?: string) {
    return collection.reloadAfter(loadActions().then(({ addCallback }) => addCallback(db, { clientId: forClientId, dueAt, reason }, clock.now.peek())));
  }

  /** `expectedRev`: the revision the user saw, so a callback changed elsewhere is not returned twice. */
  async function complete(id: string, expectedRev?: number) {
    return collection.reloadAfter(loadActions().then(({ completeCallback }) => completeCallback(db, id, clock.now.peek(), expectedRev)));
  }

  async function reopen(id: string) {
    await collection.reloadAfter(loadActions().then(({ reopenCallback }) => reopenCallback(db, id, clock.now.peek())));
  }

  async function remove(id: string) {
    await collection.reloadAfter(loadActions().then(({ deleteRecord }) => deleteRecord(db, 'callbacks', id, clock.now.peek())));
  }

  return { all: collection.items, readyFor: collection.readyFor, open, isLate, add, complete, reopen, remove, dispose: collection.dispose };
}

export type CallbacksModel = ReturnType<typeof createCallbacksModel>;
