import { namesRegion } from './ip-region-name';

/**
 * A region named by its aria-label that holds a heading, a table or a list of terms ("<section aria-label="Visit">
 * <h3>Visit 12/04 – Recheck</h3><table>…Work status: modified duty through 12/18…") titles a block of fields for a
 * screen reader: the label names the block, it gives no one value. Read as a value, a visit's block of fields
 * became a stay from its first date to its last.
 */
export function titlesBlock(el: Element): boolean {
  return namesRegion(el) && el.querySelector('h1, h2, h3, h4, h5, h6, table, dl') !== null;
}
