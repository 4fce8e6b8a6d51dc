import type { ContextField } from '../../context/types';
import type { StructuredReader } from '../../context/generic/structured-check';
import type { Shapes } from '../../context/shapes';
import type { MoreShapes } from '../../context/more-shapes';
import type { CuedShapes } from '../../context/cued-shapes';
import type { readClientContext } from '../../context/read';
import type { SendFromContent } from '../../messaging/content-transport';
import type { AdapterKit } from '../../context/adapters/kit';

/**
 * Parts of the content script that most frames never need (the reader itself with the rules that
 * read banner lines and names by shape, the teaching picker, the reader of JSON/app-state/microdata,
 * the rarer rules only adapter and structured-data frames and a few others need, the rules a page's
 * words call for) arrive as separate
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
  /** The content script's sender, lent to the parts so that none carries its own copy of the answer checks. */
  send?: SendFromContent;
  more?: MoreShapes;
  cued?: CuedShapes;
  /** Asks the background to inject a part into this frame (the content script's main sets it). */
  load?: (id: PartId) => Promise<unknown>;
  /** The reader's helpers the adapter scripts borrow (they arrive with the reader). */
  kit?: AdapterKit;
}
export type PartId = 'reader' | 'teach' | 'structured' | 'more' | 'cued';

const KEY = '__rapportParts';
type PartScope = typeof globalThis & { [KEY]?: Parts };

export function partSlots(): Parts {
  const scope = globalThis as PartScope;
  scope[KEY] ??= {};
  return scope[KEY];
}
