/**
 * Record headers shorten the middle name to an initial ("Desmond K. Achterberg") where the record's
 * details print it whole ("Mr. Desmond Kwame Achterberg"): the whole name is the same person's when its
 * first and last words are the shown name's and each initial starts the middle word in its place.
 */
export function fullerName(shown: string, others: string[]): string | null {
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const a = words(shown);
  for (const other of others) {
    const b = words(other);
    const same = (x: string | undefined, y: string | undefined) => !!x && !!y && x.toLowerCase() === y.toLowerCase();
    if (b.length !== a.length || !same(a[0], b[0]) || !same(a.at(-1), b.at(-1))) continue;
    const mid = a.slice(1, -1);
    if (mid.length > 0 && mid.every((w, i) => /^\p{Lu}\.?$/u.test(w) && (b[i + 1] as string).length > 1 && (b[i + 1] as string)[0] === w[0])) return other;
  }
  return null;
}
