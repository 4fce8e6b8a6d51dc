import { bool, dict, finite, intAtLeast, list, literal, obj, oneOf, str, type Check } from './shape';

/**
 * The shape of every record a backup may carry, per store. The domain cannot import the store's
 * types, so these checks restate them; store/backup.ts checks at compile time that the store list
 * matches. Known fields are typed (indexed ones above all: a wrong type there would make the
 * IndexedDB write throw half-way through a plan); extra fields on a record are kept, so a field
 * these checks forgot is never silently dropped from someone's data.
 */
export const BACKUP_STORES = ['clients', 'contacts', 'callbacks', 'checklists', 'sites', 'painPoints', 'dispositions'] as const;
export type BackupStore = (typeof BACKUP_STORES)[number];

/** Caps: far above any real caseload, low enough that a hostile file cannot exhaust the page. */
export const MAX_RECORDS_PER_STORE = 1_000_000;
const SHORT = 500;
const LONG = 100_000;
const short = str(SHORT);
const long = str(LONG);
const id = str(200, /^./s);
const isoDate = str(10, /^\d{4}-\d{2}-\d{2}$/);

const meta = { id, createdAt: finite, updatedAt: finite, rev: intAtLeast(1) };

/** A tombstone is its meta and nothing else: no field about the person survives a deletion. */
export const tombstone = obj({ ...meta, deleted: literal(true) }, {}, true);

const cadence = obj({ idealDays: finite, maxDays: finite });
const identity = obj({ system: short, mrn: short }, { lastUrl: str(4096), lastSeenAt: finite });
const anyObject = obj({});
const channel = oneOf('call', 'text', 'email', 'visit', 'video', 'letter');

const client = obj(
  { ...meta, name: short, identities: list(identity, 100), identityKeys: list(short, 100), searchName: short },
  {
    dob: short,
    sex: short,
    phone: short,
    admitDate: short,
    dischargeDate: short,
    dischargeActual: bool,
    location: short,
    tcmComplexity: oneOf('moderate', 'high'),
    tcmDone: obj({ dischargeDate: isoDate }, { faceToFaceOn: isoDate, medicationReconciledOn: isoDate }),
    lace: obj({ at: finite }),
    nameDobKey: short,
    seenOnPage: anyObject,
    tier: oneOf('high', 'medium', 'low'),
    cadence,
    preferences: anyObject,
    lastSuccessAt: finite,
    lastAttemptAt: finite,
  },
);

const contact = obj(
  {
    ...meta,
    clientId: id,
    at: finite,
    channel,
    direction: oneOf('outbound', 'inbound'),
    outcome: oneOf('reached', 'voicemail', 'no-answer', 'message-sent'),
    tags: list(short, 100),
  },
  { note: long },
);

const callback = obj({ ...meta, clientId: id, dueAt: finite, status: oneOf('open', 'done') }, { reason: long, doneAt: finite });

const checklist = obj({ ...meta, clientId: id, templateId: short, itemId: short, ticks: list(finite, 10_000) });

const site = obj(
  { ...meta, origin: str(SHORT, /^https?:\/\/[^/?#\s]+$/), selectors: dict(short, 50) },
  { dateOrder: oneOf('MDY', 'DMY') },
);

const painPoint = obj(
  { ...meta, clientId: id, text: long, status: oneOf('open', 'relieved'), openedAt: finite },
  { rootCause: long, relievedAt: finite },
);

const disposition = obj(
  { ...meta, clientId: id, ruleId: short, key: short, action: oneOf('done', 'snoozed', 'dismissed'), at: finite },
  { until: finite, reason: long },
);

const LIVE: Record<BackupStore, Check> = {
  clients: client,
  contacts: contact,
  callbacks: callback,
  checklists: checklist,
  sites: site,
  painPoints: painPoint,
  dispositions: disposition,
};

/**
 * Meta entries travel too (settings), except the ones that describe this device's database —
 * among them the passphrase envelope ("vault"): a backup carries its own passphrase, if any.
 */
export const metaEntry = obj({ key: short }, { value: () => undefined }, true);
export const DEVICE_META_KEYS: readonly string[] = ['schemaVersion', 'lastBackupAt', 'vault'];

/** One record of `store`, live or tombstone: undefined when it fits, else where and why not. */
export function recordProblem(store: BackupStore, record: unknown): string | undefined {
  const isTomb = typeof record === 'object' && record !== null && (record as { deleted?: unknown }).deleted !== undefined;
  return (isTomb ? tombstone : LIVE[store])(record);
}
