/**
 * What may stand around the name at the head of a patient bar without being a second name, for landmark-name.ts, where no
 * class ('sb-preferred', 'name') says which line is the legal name: a person reads these by their shape.
 */

/**
 * Text the bar's name line comes after: white space, an image's text (an avatar of initials drawn as role=img, 'WN' before
 * 'Wanjiru Nyambura Kamau': its accessible name is its aria-label, the letters are a picture of the name, checked against
 * it by avatarFits), or a used name's line.
 */
export function beforeNameLine(node: Node): boolean {
  const text = node.nodeValue?.trim() ?? '';
  return !text || !!imageText(node) || usedNameLine(text);
}

/** The letters of an image's text ('WN' in '<div role=img>'), or '' when the node is not in an image. */
export function imageText(node: Node): string {
  return node.parentElement?.closest('[role="img"]') ? (node.nodeValue?.trim() ?? '') : '';
}

/**
 * An avatar's letters are the initials of the name after it ('WN', 'NO' for 'Nadia Okoro Bello'): letters of anyone else
 * ('TK') make the picture another person's badge, and the name after it no safer than a user's.
 */
export function avatarFits(letters: string, name: string): boolean {
  const initials = name.split(/[\s,-]+/).filter(Boolean).map((w) => w[0]?.toUpperCase());
  return /^\p{Lu}{1,3}$/u.test(letters) && [...letters].every((c) => initials.includes(c));
}

/**
 * A line that is only a used name in quotes ('"Iggy"' over 'Fairweather, Ignatius'), as a storyboard prints the name the
 * patient goes by above the legal one: no name of its own, so the bar's name is the next text.
 */
export function usedNameLine(text: string): boolean {
  return /^(?:"[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?"|“[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?”)$/u.test(text);
}

/**
 * A newborn's multiple-birth designation after the name ('GARCIA-REYES, LUCIA (TWIN B)', 'Baby Girl Ames (Triplet 2)'):
 * the order of birth that tells this baby from the sibling, part of the record's name, never another person. A relation
 * in brackets ('(Mother)') is not one, and stays to fail the name's shape.
 */
export function withoutBirthOrder(text: string): string {
  return text.replace(/\s*\((?:twin|triplet|quad(?:ruplet)?|baby)\s+[A-D1-4]\)$/i, '');
}
