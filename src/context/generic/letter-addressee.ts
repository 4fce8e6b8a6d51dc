import { firstLine, shortText } from '../parse/text';
import { normalizeField, type ReadEnv } from '../reading';
import { looksLikeShownName } from './name-shape';
import { yearsBetween } from './line';

/** A letter's reference line: "RE: Your care plan · Member ID: … · Date of Birth: …". */
const RE_LINE = /^re\s*:/i;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+/i;
/** An address block for someone acting for the person: a parent, a guardian, an estate, a care-of line. */
const ON_BEHALF = /\b(?:parent|guardian|family of|estate of|c\/o|care of|attn)\b/i;
const SALUTATION = /^dear\s+(.+?)\s*[,:]?$/i;

const lastWord = (s: string) => s.split(/\s+/).pop()?.toLowerCase() ?? '';

/**
 * A letter shown in a preview pane gives its subject in an "RE:" line of ids and a birth date, and names the person
 * only in the address block above it and the salutation below ("Ms. Harriet L. Winslow / 48 Quarry Road / …",
 * "RE: … Member ID … Date of Birth …", "Dear Ms. Winslow,"). The address block's first line is the client when the
 * salutation greets the same family name, the block writes to no one on the person's behalf, and the birth date is an
 * adult's: a minor's letters are addressed to a parent, whose name is not the child's.
 */
export function letterAddressee(region: Element, dob: string, env: ReadEnv): { value: string; how: string; id?: string } | null {
  if (!RE_LINE.test(shortText(region, 300) ?? '')) return null;
  if (!(yearsBetween(dob, env.today) >= 18)) return null;
  let block: Element | null = region.previousElementSibling;
  for (let k = 0; block && k < 2 && !block.querySelector('br'); k++) block = block.previousElementSibling;
  if (!block?.querySelector('br') || ON_BEHALF.test(shortText(block, 300) ?? '')) return null;
  const name = firstLine(block).replace(HONORIFIC, '');
  if (!looksLikeShownName(name)) return null;
  let greeting: Element | null = region.nextElementSibling;
  for (let k = 0; greeting && k < 2 && !SALUTATION.test(shortText(greeting, 80) ?? ''); k++) greeting = greeting.nextElementSibling;
  const greeted = SALUTATION.exec(shortText(greeting ?? region, 80) ?? '')?.[1]?.replace(HONORIFIC, '');
  if (!greeted || lastWord(greeted) !== lastWord(name)) return null;
  const n = normalizeField('name', name, env);
  return n && n.value.includes(' ') ? { value: n.value, how: 'the letter\'s addressee, greeted below its RE: line' } : null;
}
