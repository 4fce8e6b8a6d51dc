import { signal } from '@preact/signals';
import type { RapportDb } from '../../store/db';
import { applyImport, exportBackup, ExportBlockedError, findExportProblems, ImportNotAppliedError, planImport, repairForExport, StalePlanError } from '../../store/backup';
import { recordBackup } from '../../store/backup-meta';
import { exportFhir } from '../../store/fhir';
import { itemTextKey } from '../../domain/text/message-keys';
import { encryptBackup } from '../../domain/backup/crypto';
import { BackupError, MAX_BACKUP_BYTES, type BackupErrorCode, type ExportProblem } from '../../domain/backup/format';
import { openBackup } from '../../domain/backup/open';
import type { MergePlan } from '../../domain/backup/merge';
import { calendarDateOf } from '../../domain/time/dates';
import { DB_VERSION } from '../../store/db';
import { codecOf } from '../../store/vault/codec';
import type { Translate } from '../../ui/translate';

/** What backup needs from the browser; backup-host-extension.ts is the real one. */
export interface BackupHost {
  /** Hands a file to the browser's downloads (a Blob URL, no network). */
  download(filename: string, text: string, type: string): void;
  /** Data was replaced or removed: the badge must be recounted now. */
  dataChanged(): Promise<void>;
  now(): number;
  timeZone: string;
  /** Words exported text (checklist items) in the user's language. */
  t: Translate;
}

/** The import, step by step; nothing is written before `confirm` in the `ready` phase. */
export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'passphrase'; text: string }
  | { kind: 'checking'; progress: number }
  | { kind: 'ready'; plan: MergePlan }
  | { kind: 'applying' }
  | { kind: 'done'; plan: MergePlan };

/** i18n key of each refusal, said in the user's words. */
const ERROR_KEYS: Record<BackupErrorCode, string> = {
  'not-json': 'backupErrorNotJson',
  truncated: 'backupErrorTruncated',
  'not-rapport': 'backupErrorNotRapport',
  version: 'backupErrorVersion',
  'schema-newer': 'backupErrorSchemaNewer',
  checksum: 'backupErrorChecksum',
  invalid: 'backupErrorInvalid',
  'too-large': 'backupErrorTooLarge',
  'passphrase-needed': 'backupErrorPassphraseNeeded',
  'wrong-passphrase': 'backupErrorWrongPassphrase',
};

export interface BackupMessage {
  key: string;
  substitutions?: string[];
  /** A message about something that did not happen is shown as an error, not as a status. */
  tone?: 'error';
}

/** A model message in the user's language. */
export const say = (t: Translate, message: BackupMessage) => t(message.key, message.substitutions);

/** Lets the page paint the progress bar between validation chunks. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createBackupModel(host: BackupHost, db: RapportDb) {
  const phase = signal<ImportPhase>({ kind: 'idle' });
  const error = signal<BackupMessage | null>(null);
  const exportStatus = signal<BackupMessage | null>(null);
  const exporting = signal(false);
  /** Records the last export refused, each to repair or leave out. */
  const exportProblems = signal<readonly ExportProblem[]>([]);
  const day = () => calendarDateOf(host.now(), host.timeZone);
  /** With encryption on, a plain file would put in Downloads what the database keeps sealed. */
  const passphraseRequired = () => codecOf(db).status !== 'off';

  async function check(text: string, passphrase: string) {
    error.value = null;
    phase.value = { kind: 'checking', progress: 0 };
    try {
      const file = await openBackup(text, passphrase, {
        currentSchemaVersion: DB_VERSION,
        onProgress: async (done) => {
          phase.value = { kind: 'checking', progress: done };
          await yieldToPage();
        },
      });
      phase.value = { kind: 'ready', plan: await planImport(db, file) };
    } catch (failure) {
      const code = failure instanceof BackupError ? failure.code : undefined;
      // An encrypted file is not an error yet: ask for its passphrase. A wrong one may be retyped
      // without choosing the file again.
      if (code !== 'passphrase-needed') refuse(failure);
      phase.value = code === 'passphrase-needed' || code === 'wrong-passphrase' ? { kind: 'passphrase', text } : { kind: 'idle' };
    }
  }

  function refuse(failure: unknown) {
    if (failure instanceof BackupError) error.value = { key: ERROR_KEYS[failure.code], substitutions: failure.detail ? [failure.detail] : [] };
    else error.value = { key: 'backupErrorUnexpected', substitutions: [String(failure)] };
  }

  /** Only a rollback the database confirmed may say that nothing was changed. */
  function applyFailed(failure: unknown) {
    if (failure instanceof ImportNotAppliedError) {
      error.value = failure.cause instanceof StalePlanError ? { key: 'backupErrorStalePlan' } : { key: 'backupErrorNotApplied', substitutions: [String(failure.cause)] };
    } else error.value = { key: 'backupErrorApplyUnknown', substitutions: [String(failure)] };
  }

  /** Writes the file; records that cannot go into it are listed instead, and nothing is saved. */
  async function writeBackup(passphrase: string, leaveOut: readonly ExportProblem[]) {
    exporting.value = true;
    try {
      const at = host.now();
      const plain = JSON.stringify(await exportBackup(db, at, leaveOut));
      const encrypted = passphrase !== '';
      const text = encrypted ? JSON.stringify(await encryptBackup(plain, passphrase)) : plain;
      host.download(`rapport-backup-${day()}${encrypted ? '.encrypted' : ''}.json`, text, 'application/json');
      await recordBackup(db, at);
      exportProblems.value = [];
      exportStatus.value = { key: encrypted ? 'backupExportedEncrypted' : 'backupExported' };
    } catch (failure) {
      if (failure instanceof ExportBlockedError) {
        exportProblems.value = failure.problems;
        exportStatus.value = { key: 'backupExportBlocked', substitutions: [String(failure.problems.length)], tone: 'error' };
      } else exportStatus.value = { key: 'backupErrorExport', substitutions: [String(failure)], tone: 'error' };
    } finally {
      exporting.value = false;
    }
  }

  return {
    phase,
    error,
    exportStatus,
    exporting,
    exportProblems,
    passphraseRequired,

    /** Plain JSON, or with a passphrase an encrypted file: no plain PHI then lands in Downloads. */
    async exportBackup(passphrase: string) {
      if (passphrase === '' && passphraseRequired()) {
        exportStatus.value = { key: 'backupPassphraseMissing', tone: 'error' };
        return;
      }
      await writeBackup(passphrase, []);
    },

    /** Saves the backup without the records listed (and, for a client, everything about them). */
    async exportLeavingOut(passphrase: string) {
      if (passphrase === '' && passphraseRequired()) {
        exportStatus.value = { key: 'backupPassphraseMissing', tone: 'error' };
        return;
      }
      await writeBackup(passphrase, exportProblems.value);
    },

    /** Drops what does not fit from one listed record; false when only leaving it out can help. */
    async repair(problem: ExportProblem): Promise<boolean> {
      const repaired = await repairForExport(db, problem, host.now()).catch(() => false);
      exportProblems.value = (await findExportProblems(db)).problems;
      return repaired;
    },

    async exportFhir() {
      try {
        const bundle = await exportFhir(db, { now: host.now(), timeZone: host.timeZone, itemText: (id) => host.t(itemTextKey(id)) });
        host.download(`rapport-fhir-${day()}.json`, JSON.stringify(bundle, null, 2), 'application/fhir+json');
        exportStatus.value = { key: 'fhirExported' };
      } catch (failure) {
        exportStatus.value = { key: 'backupErrorUnexpected', substitutions: [String(failure)], tone: 'error' };
      }
    },

    async chooseFile(file: File) {
      // Refused before reading: a huge file would otherwise be pulled into memory first.
      if (file.size > MAX_BACKUP_BYTES) {
        refuse(new BackupError('too-large'));
        phase.value = { kind: 'idle' };
        return;
      }
      await check(await file.text(), '');
    },

    async unlock(passphrase: string) {
      const current = phase.value;
      if (current.kind === 'passphrase') await check(current.text, passphrase);
    },

    async confirm() {
      const current = phase.value;
      if (current.kind !== 'ready') return;
      phase.value = { kind: 'applying' };
      try {
        await applyImport(db, current.plan, host.now());
        phase.value = { kind: 'done', plan: current.plan };
        await host.dataChanged().catch((failure: unknown) => console.warn('[rapport] badge refresh', failure));
      } catch (failure) {
        applyFailed(failure);
        phase.value = { kind: 'idle' };
      }
    },

    cancel() {
      phase.value = { kind: 'idle' };
      error.value = null;
    },
  };
}

export type BackupModel = ReturnType<typeof createBackupModel>;
