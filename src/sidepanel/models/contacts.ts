import type { ReadonlySignal } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import { contactsForClient } from '../../store/client-records';
import { loadActions } from './load-actions';
import { createClientCollection } from './client-collection';
import type { Clock } from './clock';
import type { ContactRecord, RecordMeta } from '../../model/records';

export type ContactInput = Omit<ContactRecord, keyof RecordMeta | 'clientId'>;

/** The contact log of one client. */
export function createContactsModel(
  db: RapportDb,
  clientId: ReadonlySignal<string | undefined>,
  clock: Clock,
) {
  const collection = createClientCollection(clientId, 'contacts', (id) => contactsForClient(db, id));

  /** Bound to the client it was started for, whatever the page shows by the time it is saved. */
  async function log(forClientId: string, input: ContactInput): Promise<ContactRecord> {
    return collection.reloadAfter(loadActions().then(({ logContact }) => logContact(db, { ...input, clientId: forClientId }, clock.now.peek())));
  }

  async function remove(id: string) {
    await collection.reloadAfter(loadActions().then(({ deleteContact }) => deleteContact(db, id, clock.now.peek())));
  }

  return { contacts: collection.items, readyFor: collection.readyFor, log, remove, dispose: collection.dispose };
}

export type ContactsModel = ReturnType<typeof createContactsModel>;
