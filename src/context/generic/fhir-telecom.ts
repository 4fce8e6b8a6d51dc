/**
 * A Patient's telecom lists its phones in any order: a `rank` (1 = the one to try first) says which the person
 * prefers, and a `work` number reaches an employer's desk, an `old` or ended one no one. The phone to call is
 * the best ranked, then one of the person's own (mobile, home, untyped) before a work number; never an old one.
 */
type Point = { [key: string]: unknown };

const ended = (t: Point) => typeof t.period === 'object' && t.period !== null && 'end' in t.period;
const rank = (t: Point) => (typeof t.rank === 'number' && t.rank > 0 ? t.rank : Infinity);
const workFirst = (t: Point) => (t.use === 'work' ? 1 : 0);

export function preferredPhone<T extends Point>(telecom: T[]): T | undefined {
  const phones = telecom.filter((t) => t.system === 'phone' && t.use !== 'old' && !ended(t));
  return phones.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || workFirst(a.t) - workFirst(b.t) || a.i - b.i)[0]?.t;
}
