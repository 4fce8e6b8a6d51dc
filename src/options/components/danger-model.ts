import { signal } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import { findClients } from '../../store/clients';
import { deleteClientCompletely, eraseAll } from '../../store/erase';
import type { BackupHost, BackupMessage } from './backup-model';
import type { ClientRecord } from '../../model/records';
import { searchNameOf } from '../../domain/identity/identity';

/** Typing the name (or the erase word) is the confirmation: compare as a person would. */
export const confirms = (typed: string, expected: string) => searchNameOf(typed) !== '' && searchNameOf(typed) === searchNameOf(expected);

/** Deleting one client with everything about them, and erasing everything. */
export function createDangerModel(host: Pick<BackupHost, 'dataChanged' | 'now'>, db: RapportDb) {
  const matches = signal<ClientRecord[]>([]);
  const chosen = signal<ClientRecord | null>(null);
  const status = signal<BackupMessage | null>(null);
  const refreshBadge = () => host.dataChanged().catch((failure: unknown) => console.warn('[rapport] badge refresh', failure));

  return {
    matches,
    chosen,
    status,

    async search(query: string) {
      matches.value = query.trim() ? await findClients(db, query, 10) : [];
    },

    choose(client: ClientRecord | null) {
      chosen.value = client;
      status.value = null;
    },

    async deleteChosen(typedName: string) {
      const client = chosen.value;
      if (!client || !confirms(typedName, client.name)) return;
      await deleteClientCompletely(db, client.id, host.now());
      chosen.value = null;
      matches.value = [];
      status.value = { key: 'deleteClientDone', substitutions: [client.name] };
      await refreshBadge();
    },

    async eraseAll(typed: string, word: string) {
      if (!confirms(typed, word)) return;
      await eraseAll(db);
      chosen.value = null;
      matches.value = [];
      status.value = { key: 'eraseAllDone' };
      await refreshBadge();
    },
  };
}

export type DangerModel = ReturnType<typeof createDangerModel>;
