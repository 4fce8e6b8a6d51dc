import type { ReadEnv } from '../reading';

/**
 * Whether the page shows this record number masked to its last digits ("Case c-10443 · ******0443", "MRN •••• 0443"): a
 * banner that hides the number prints its tail while the app state holds it whole. Four digits at least, and the
 * number's own last ones; a masked social security number ("***-**-0443") names nobody's record. The app state's
 * other people end otherwise, and weigh.ts keeps one shown person or none.
 */

const MAX_TEXT_NODES = 30000;
const MASKED_TAIL = /(?:^|[^\w*•●])((?:[*•●xX]{2,}[\s-]?)+)(\d{4,})\b/g;
const SSN_MASK = /^[*•●xX]{3}-[*•●xX]{2}-$/;

export async function maskedIdShown(doc: Document, env: ReadEnv, mrn: string): Promise<boolean> {
  const digits = mrn.replace(/\D/g, '');
  if (digits.length < 6 || !doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = 0; n < MAX_TEXT_NODES; n++) {
    if (n % 64 === 0 && env.slicer.due()) await env.slicer.pause();
    const node = walker.nextNode();
    if (!node) return false;
    const text = node.nodeValue ?? '';
    if (text.length > 400 || !/[*•●xX]{2}/.test(text)) continue;
    for (const m of text.matchAll(MASKED_TAIL)) {
      const [, mask, tail] = m as unknown as [string, string, string];
      if (SSN_MASK.test(mask) || tail.length >= digits.length || !digits.endsWith(tail)) continue;
      const parent = node.parentElement;
      if (parent && env.vis.isVisible(parent)) return true;
    }
  }
  return false;
}
