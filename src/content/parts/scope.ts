import type { ContextField } from '../../context/types';
import type { SendFromContent } from '../../messaging/content-transport';

/**
 * The part of the content script that most frames never need (the teaching picker) arrives as a
 * separate script the background injects into one frame on request (adapter/load with the part's
 * id). It meets the content script on the content scripts' own global, which the page cannot see.
 * (Reading no longer runs in frames: docs/reader-split.md.)
 */
export interface Teacher {
  arm(field: ContextField): void;
  disarm(): void;
}
export interface Parts {
  teach?: Teacher;
  /** The client this frame shows now, as last read: a taught selector must not carry it. */
  identifiers?: () => readonly (string | undefined)[];
  /** The content script's sender, lent to the part so that it carries no copy of the answer checks. */
  send?: SendFromContent;
}
export type PartId = 'teach';

const KEY = '__rapportParts';
type PartScope = typeof globalThis & { [KEY]?: Parts };

export function partSlots(): Parts {
  const scope = globalThis as PartScope;
  scope[KEY] ??= {};
  return scope[KEY];
}
