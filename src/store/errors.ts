import type { RecordMeta, StoreName } from '../model/records';

/**
 * The store's errors, apart from its write path: a panel tells a stale write from others without
 * loading the code that writes (issue 11 "Weight").
 */

/** Thrown when the caller edited revision `expected` but someone else has written since. */
export class StaleWriteError<T extends RecordMeta = RecordMeta> extends Error {
  override name = 'StaleWriteError';
  constructor(
    readonly current: T,
    readonly expectedRev: number,
  ) {
    super(`Record ${current.id} is at revision ${current.rev}, not ${expectedRev}`);
  }
}

/** Thrown when other writers kept changing a record between our read and our write. */
export class ContentionError extends Error {
  override name = 'ContentionError';
  constructor(
    readonly store: StoreName,
    readonly id: string,
  ) {
    super(`${store} record ${id} kept changing while it was being saved`);
  }
}

/** Thrown for an id that does not exist or was deleted. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly store: StoreName,
    readonly id: string,
  ) {
    super(`No ${store} record ${id}`);
  }
}
