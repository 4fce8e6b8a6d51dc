/**
 * Whether two spellings of one person's name differ only by middle names or initials: "Hoang V
 * Nguyen", "Hoang Nguyen" and "Hoang Van Nguyen"; "J. Doe" and "Jane Doe". Pages of one system
 * disagree like this all the time (a banner with the middle initial, a list without it), and a
 * name read from the last page must not replace the fuller one the record already has.
 * Names arrive in natural order ("First Middle Last"); a generational suffix must match exactly.
 */
export function differsOnlyByMiddleNames(stored: string, read: string): boolean {
  const a = parts(stored);
  const b = parts(read);
  if (!a || !b) return false;
  if (a.family !== b.family || a.suffix !== b.suffix) return false;
  return sameOrInitial(a.given, b.given);
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function parts(name: string): { given: string; family: string; suffix: string } | undefined {
  const tokens = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'-]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const suffix = tokens.length > 2 && SUFFIXES.has(tokens.at(-1) ?? '') ? (tokens.pop() as string) : '';
  if (tokens.length < 2) return undefined;
  return { given: tokens[0] as string, family: tokens.at(-1) as string, suffix };
}

/** "j" and "jane" are the same given name written once in full and once as an initial. */
function sameOrInitial(a: string, b: string): boolean {
  if (a === b) return true;
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}
