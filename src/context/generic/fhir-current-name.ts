/**
 * A Patient keeps names it no longer goes by: `use: "old"` or `"maiden"`, or a period that has ended
 * (a surname before a marriage). Without an official or usual name, the one it goes by now is the first
 * of the others; a page whose narrative shows "Amy V. Baxter" is not about the "Amy V. Shaw" listed first.
 */
type Name = { [key: string]: unknown };

const ended = (n: Name) => typeof n.period === 'object' && n.period !== null && 'end' in n.period;

export function currentName<T extends Name>(names: T[]): T | undefined {
  return names.find((n) => n.use === 'official' || n.use === 'usual') ?? names.find((n) => n.use !== 'old' && n.use !== 'maiden' && !ended(n)) ?? names[0];
}
