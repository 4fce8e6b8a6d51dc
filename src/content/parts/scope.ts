import type { ContextField } from '../../context/types';
import type { StructuredReader } from '../../context/generic/structured-check';
import type { Shapes } from '../../context/shapes';
import type { readClientContext } from '../../context/read';
import type { AdapterKit } from '../../context/adapters/kit';

/**
 * Parts of the content script that most frames never need (the reader itself, the teaching picker,
 * the reader of JSON/app-state/microdata, the rules that read banner lines and names by shape) arrive as separate
 * scripts the background injects into one frame on request (adapter/load with a part's id). Like
 * adapters, they meet the reader on the content scripts' own global, which the page cannot see.
 */
export interface Teacher {
  arm(field: ContextField): void;
  disarm(): void;
}
export interface Parts {
  /** The reader proper, loaded into a frame whose page may show a client. */
  read?: typeof readClientContext;
  teach?: Teacher;
  /** The client this frame shows now, as last read: a taught selector must not carry it. */
  identifiers?: () => readonly (string | undefined)[];
  structured?: StructuredReader;
  shapes?: Shapes;
  /** The reader's helpers the adapter scripts borrow (they arrive with the reader). */
  kit?: AdapterKit;
}
export type PartId = 'reader' | 'teach' | 'structured';

const KEY = '__rapportParts';
type PartScope = typeof globalThis & { [KEY]?: Parts };

export function partSlots(): Parts {
  const scope = globalThis as PartScope;
  scope[KEY] ??= {};
  return scope[KEY];
}
