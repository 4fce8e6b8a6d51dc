import type { PlanStore } from '../../domain/backup/merge';

/** Message keys of the stores a backup holds, for the audit trail and the import plan alike. */
export const STORE_LABEL_KEYS: Readonly<Record<PlanStore, string>> = {
  clients: 'backupStoreClients',
  contacts: 'backupStoreContacts',
  callbacks: 'backupStoreCallbacks',
  checklists: 'backupStoreChecklists',
  sites: 'backupStoreSites',
  painPoints: 'backupStorePainPoints',
  dispositions: 'backupStoreDispositions',
  meta: 'backupStoreMeta',
};
