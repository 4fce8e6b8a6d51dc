import type { ReadonlySignal } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import { painPointsForClient } from '../../store/client-records';
import { loadActions } from './load-actions';
import { createClientCollection } from './client-collection';
import type { Clock } from './clock';
import type { PainPointRecord } from '../../model/records';

/** What hurts for one client, the root cause found, and what was relieved. */
export function createPainPointsModel(db: RapportDb, clientId: ReadonlySignal<string | undefined>, clock: Clock) {
  const collection = createClientCollection(clientId, 'painPoints', (id) => painPointsForClient(db, id));
  const after = collection.reloadAfter;
  return {
    painPoints: collection.items,
    readyFor: collection.readyFor,
    add: (forClientId: string, text: string, rootCause?: string) =>
      after(loadActions().then(({ addPainPoint }) => addPainPoint(db, { clientId: forClientId, text, rootCause }, clock.now.peek()))),
    /** `expectedRev`: the revision the user saw; one changed elsewhere since is refused. */
    setStatus: (id: string, status: PainPointRecord['status'], rootCause?: string, expectedRev?: number) =>
      after(loadActions().then(({ setPainPointStatus }) => setPainPointStatus(db, id, status, clock.now.peek(), rootCause, expectedRev))),
    remove: (id: string) => after(loadActions().then(({ deleteRecord }) => deleteRecord(db, 'painPoints', id, clock.now.peek()))),
    dispose: collection.dispose,
  };
}

export type PainPointsModel = ReturnType<typeof createPainPointsModel>;
