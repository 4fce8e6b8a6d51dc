import { DB_NAME, openRapportDb, type RapportDb } from '../store/db';
import { STAGING_SUFFIX } from '../store/vault/staging';

/** The database, once a passphrase set in a browser that stopped half-way is finished (vault/fresh.ts). */
export async function openFinishedDatabase(): Promise<RapportDb> {
  // The finishing code loads only then; a worker, which may not load code later, leaves it to a page.
  if (await sealingWasInterrupted()) {
    await import('../store/vault/fresh')
      .then(({ finishInterruptedSealing }) => finishInterruptedSealing())
      .catch((error: unknown) => console.warn('[rapport] finishing an interrupted sealing', error));
  }
  return openRapportDb();
}

async function sealingWasInterrupted(): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return false;
  return (await indexedDB.databases()).some((info) => info.name === `${DB_NAME}${STAGING_SUFFIX}`);
}
