import type { LabelRule } from './labels';

/**
 * Portals that gather records from several organisations print each record number under its issuer: "MRN (St. Vincent
 * Indy)", "Medical Record Number (Lakeview Health)". Brackets naming an organisation keep the record number this
 * client's (registries and payer portals name the practice short: "MRN (Bayou Family Med)", "MRN (Lakes Pediatrics
 * Group)"); brackets naming a person or a relation ("MRN (Mother)", "MRN (John Smith)") stay unread, as "DOB (Spouse)" does.
 */
const ORGANISATION = /\b(?:hospitals?|health(?:care)?|medical|medicine|med|clinics?|cent(?:er|re)|memorial|st\.?|saint|university|regional|physicians|system|infirmary|mercy|kaiser|va|group|associates|partners|practice|pediatrics)\b/;

export function orgQualifiedMrn(key: string, ruleFor: (key: string) => LabelRule | null): LabelRule | null {
  const m = /^(.+?)\s*\(([^()]{2,40})\)$/.exec(key);
  const [, base = '', issuer = ''] = m ?? [];
  if (!ORGANISATION.test(issuer)) return null;
  const rule = ruleFor(base);
  return rule?.field === 'mrn' && !rule.bare && !rule.weak ? rule : null;
}

/**
 * The same label inline, "MRN (Sierra Vista Medical Center): 00592217": the words before a colon are tried as a label
 * from the last one back, up to five, so the bracket (issuer and all) is joined into one word, and the label before it
 * can be tried whole.
 */
export function issuerAsOneWord(words: string[]): string[] {
  if (!(words[words.length - 1] ?? '').endsWith(')')) return words;
  let open = words.length - 1;
  while (open >= 0 && !(words[open] as string).includes('(')) open--;
  return open < 0 || words.length - open > 8 ? words : [...words.slice(0, open), words.slice(open).join('')];
}
