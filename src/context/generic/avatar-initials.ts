/**
 * A header's avatar often prints the person's initials before their name ("TW · Tomasz Wierzbicki · DoB …"):
 * the initials are not the line's lead, the name after them is. They are dropped only when they are the
 * initials of the next token's first and last words, so a real leading value ("MR", a ward code) stays.
 */
const INITIALS = /^\p{Lu}{2,3}$/u;

export function withoutAvatarInitials(tokens: string[]): string[] {
  const [first, next] = tokens;
  if (first === undefined || next === undefined || !INITIALS.test(first)) return tokens;
  const words = next.split(/\s+/).map((w) => w.replace(/^\P{L}+/u, '')).filter(Boolean);
  if (words.length < 2) return tokens;
  const ends = `${words[0]?.[0] ?? ''}${words[words.length - 1]?.[0] ?? ''}`.toUpperCase();
  const all = words.map((w) => w[0] ?? '').join('').toUpperCase();
  return first === ends || first === all ? tokens.slice(1) : tokens;
}
