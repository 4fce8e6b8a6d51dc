import type { ReadEnv } from '../reading';
import { someShownText } from './shown';
import type { StructuredReading } from './structured';

/**
 * A patient portal greets the account holder by the given name alone ("Hi, Carlotta", "Good afternoon,
 * Carlotta", "Welcome back, Carlotta!") and prints no other identity, while its state keeps the account's
 * Patient in full. The greeting names that stored person only when the state holds no one else: a staff
 * app's greeting is to the clinician, and a store holding several people (a proxy's dependants, a recent
 * list) cannot be told apart by a given name. The greeting must be the whole text, the name its last word.
 */
const GREETING = /^\s*(?:hi|hello|hey|welcome(?:\s+back)?|good\s+(?:morning|afternoon|evening))\s*,?\s+(\p{L}[\p{L}'’-]*)\s*[!.]?\s*$/iu;

/** Whether the page greets someone by this given name (the name's first word). */
export function greetsGiven(doc: Document, env: ReadEnv, name: string): Promise<boolean> {
  const given = name.toLowerCase().split(' ')[0];
  if (!given || given.length < 2) return Promise.resolve(false);
  return someShownText(doc, env, (text) => GREETING.exec(text)?.[1]?.toLowerCase() === given);
}

/** The state's one person, when the page shows nobody but greets them by their given name. */
export async function greetedReading(structured: StructuredReading[], shown: StructuredReading[]): Promise<StructuredReading | undefined> {
  const named = structured.filter((s) => s.reading.fields.name);
  const only = named.length === 1 ? named[0] : undefined;
  return shown.length === 0 && only?.state && (await only.greeted()) ? only : undefined;
}
