import type { ReadEnv } from '../reading';
import { bodyHeading } from './body-region';
import { nameFrom } from './name-near';
import { columnRecordTable } from './column-record-table';

/**
 * A bare page's record as one block straight under <body> ("<h1>Jane Doe</h1><table><tr><th>MRN</th>…</table>"):
 * the block is the region, and the name heading is its sibling, which the search near a region never reaches
 * because it stops short of the body (a heading there may title anything). It is read only when it is the one
 * name heading among the body's children and comes before the block (body-region.ts): two are two people.
 */
export function bodyHeadingName(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  // A one-row table under column captions is the block, not its row (column-record-table.ts).
  const heading = bodyHeading([columnRecordTable(region) ?? region], region.ownerDocument);
  const found = heading ? nameFrom(heading, env, true) : null;
  return found ? { value: found.value, how: `${found.how}, the page's one name heading before the record` } : null;
}
