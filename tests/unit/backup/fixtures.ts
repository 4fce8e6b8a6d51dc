import { openBackup } from '../../../src/domain/backup/open';
import { DB_VERSION } from '../../../src/store/db';

/** The import path as the options page runs it, minus the UI. */
export const openText = (text: string, passphrase = '') => openBackup(text, passphrase, { currentSchemaVersion: DB_VERSION });
