/**
 * What an element's markup says it is, as plain lower-case words: class names, id, test ids, roles
 * and labels, with CSS-module and CSS-in-JS hashes dropped and camelCase split
 * ("-esm-patient-banner__patientName___x1Y2" → "esm patient banner patient name"). Products rename
 * and re-hash classes with every build; the words a developer chose stay.
 */
const ATTRIBUTES = ['class', 'id', 'data-testid', 'data-test', 'data-test-id', 'data-qa', 'data-cy', 'data-field', 'data-name', 'itemprop', 'aria-label', 'role', 'name'];

export function hintWords(el: Element): string {
  // Custom elements name themselves: "records-highlights2", "patient-banner".
  let raw = el.localName.includes('-') ? el.localName.replace(/\d+$/, '') : '';
  for (const name of ATTRIBUTES) {
    const v = el.getAttribute(name);
    if (v && v.length < 300) raw += ` ${v}`;
  }
  if (!raw) return '';
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && !(w.length >= 4 && /\d/.test(w)) && !/^(?:css|sc|jsx|jss|emotion|svelte|ng|tns)$/i.test(w))
    .join(' ')
    .toLowerCase();
}

/** The patient's header or banner, by markup: a landmark, or words like "patient banner", "demographics". */
export const BANNER_HINT = /\b(?:banner|header|headerbar|demographics?|storyboard|patient (?:info|summary|card|details|bar|context|strip|identity|ribbon)|member (?:info|card|details|summary|header)|client (?:info|card|header|summary|details)|person (?:header|card)|record header|highlights?)\b/;
/** An element holding a person's whole name ("patient-name", "ptName", "fullName"), not a part or a user's. */
export const NAME_HINT = /(?:^| )(?:(?:pt|patient|member|client|person|full|display|legal|record|contact|resident) )?name(?! (?:title|label|row|wrapper|container|section|block|group|area|col|column|cell|header|caption|icon|list|field))(?: |$)/;
const NOT_CLIENT_NAME = /\b(?:user|provider|doctor|physician|clinician|practice|facility|org|organi[sz]ation|file|app|site|tab|section|field|form|first|last|given|family|middle|product|brand|account owner|owner|author|staff|agent|rep|representative|operator|assignee|caseworker|worker|coordinator|manager|nurse|interpreter|caller)\s+name\b|\b(?:user|login|account|profile)\b/;

export function namesClient(hints: string): boolean {
  return NAME_HINT.test(hints) && !NOT_CLIENT_NAME.test(hints);
}
