import type { ReadEnv } from '../reading';
import { someShownText } from './shown';

/**
 * Whether the page shows this record number masked to its last digits ("Case c-10443 · ******0443", "MRN •••• 0443"): a
 * banner that hides the number prints its tail while the app state holds it whole. Four digits at least, and the
 * number's own last ones; a masked social security number ("***-**-0443") names nobody's record. The app state's
 * other people end otherwise, and weigh.ts keeps one shown person or none.
 */

const MASKED_TAIL = /(?:^|[^\w*•●])((?:[*•●xX]{2,}[\s-]?)+)(\d{4,})\b/g;
const SSN_MASK = /^[*•●xX]{3}-[*•●xX]{2}-$/;

export function maskedIdShown(doc: Document, env: ReadEnv, mrn: string): Promise<boolean> {
  const digits = mrn.replace(/\D/g, '');
  if (digits.length < 6) return Promise.resolve(false);
  return someShownText(doc, env, (text) =>
    /[*•●xX]{2}/.test(text) &&
    Array.from(text.matchAll(MASKED_TAIL)).some(([, mask, tail]) => !SSN_MASK.test(mask as string) && (tail as string).length < digits.length && digits.endsWith(tail as string)),
  );
}
