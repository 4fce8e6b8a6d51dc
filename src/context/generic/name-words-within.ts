/**
 * Whether one name's words are all among the other's: the same name read in an element and, run into a neighbour's
 * text, in the element around it ("Patient: E. Fairchild-Moss" and "Patient: E. Fairchild-Moss launched from EHR"),
 * whose order the name rules may have turned ("Fairchild-Moss E."), so neither value starts the other.
 */
export function nameWordsWithin(a: string, b: string): boolean {
  const words = (name: string) => name.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const [fewer, more] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return fewer.length > 0 && fewer.every((w) => more.includes(w));
}
