/**
 * Apps that keep the patient in their state often print only an initial for the given name, to keep the
 * banner short or the screen discreet: "S. Lindqvist-Amari", "ABERNETHY, R.". The family name in full with
 * the given name's initial beside it (a period or the chart's comma marking it) names the stored person; a
 * bare family name, or a given name with a family initial ("Benedict O."), does not.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function initialBeside(text: string, given: string, family: string): boolean {
  const g = given[0];
  if (!g || !/\p{L}/u.test(g) || family.length < 3) return false;
  const f = escape(family);
  const before = new RegExp(`(?:^|[^\\p{L}])${escape(g)}\\.\\s*${f}(?![\\p{L}-])`, 'u');
  const after = new RegExp(`(?:^|[^\\p{L}-])${f},\\s*${escape(g)}(?:\\.|(?![\\p{L}]))`, 'u');
  return before.test(text) || after.test(text);
}
