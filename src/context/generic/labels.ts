import type { ContextField } from '../types';
import { cleanText } from '../parse/text';

/**
 * The label spellings pages use for each field. Kept as data so the richer heuristics of later
 * adapters can share and extend one table. Patterns match the label normalised by `labelKey`.
 */
export interface LabelRule {
  field: ContextField;
  re: RegExp;
  /** For discharge labels: whether the label says the discharge happened or is only expected. */
  dischargeActual?: boolean;
  /**
   * A bare role word ("Patient", "Member") is also a menu entry or a heading; it only labels a value
   * when written with a colon or placed in a table or definition-list cell.
   */
  bare?: boolean;
}

const ID_SUFFIX = '(?:#|id(?:\\s*#)?|no\\.?|num(?:ber)?)';

export const LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^(?:(?:patient|member|client|resident|participant|consumer|customer|enrollee)(?:'s)?\s+)?(?:full\s+|legal\s+)?name(?:\s*\(last,\s*first\))?$/ },
  { field: 'name', re: /^(?:patient|member|client|resident|participant|enrollee)$/, bare: true },
  { field: 'mrn', re: new RegExp(`^(?:mrn|mr\\s*${ID_SUFFIX}|med\\.?\\s*rec\\.?(?:\\s*${ID_SUFFIX})?|medical\\s+record(?:\\s*${ID_SUFFIX})?|(?:member|patient|client|subscriber|resident|person|enrollee|hospital|unit)\\s*${ID_SUFFIX}|acct\\.?(?:\\s*${ID_SUFFIX})?|account(?:\\s*${ID_SUFFIX})?|(?:record|chart|case)\\s*${ID_SUFFIX}|ehr\\s*id)$`) },
  { field: 'dob', re: /^(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthdate|birthday|born|birth)$/ },
  { field: 'sex', re: /^(?:sex|gender|sex\s+at\s+birth|legal\s+sex|administrative\s+sex|gender\s+identity)$/ },
  { field: 'phone', re: /^(?:(?:home|mobile|cell|primary|work|contact|patient|member)\s+)?(?:phone|tel\.?|telephone)(?:\s*(?:#|no\.?|number))?$|^(?:mobile|cell)$/ },
  { field: 'phone', re: /^(?:home|work)$/, bare: true },
  { field: 'admitDate', re: /^(?:admit(?:ted)?(?:\s+date)?|admission(?:\s+date)?|adm\.?\s+date|date\s+admitted)$/ },
  { field: 'dischargeDate', re: /^(?:exp\.?|expected|est\.?|estimated|anticipated|planned|target|projected)\s*(?:d\/c|discharge)(?:\s+date)?$|^edd$/, dischargeActual: false },
  { field: 'dischargeDate', re: /^(?:discharged(?:\s+on)?|date\s+discharged|actual\s+discharge(?:\s+date)?)$/, dischargeActual: true },
  { field: 'dischargeDate', re: /^(?:discharge|d\/c)(?:\s+date)?$/ },
  { field: 'location', re: /^(?:location|loc\.?|unit|room|bed|ward|facility|unit\s*\/\s*(?:room|bed)|room\s*\/\s*bed)$/ },
];

/** Lower case, invisible characters removed, trailing ":" dropped. Null when too long to be a label. */
export function labelKey(raw: string): string | null {
  const s = cleanText(raw);
  if (!s || s.length > 40) return null;
  return s.toLowerCase().replace(/\s*:$/, '').trim() || null;
}

/** All spellings in one pattern: most texts on a page are not labels, and one test rejects them. */
const ANY_LABEL = new RegExp(LABEL_RULES.map((r) => `(?:${r.re.source})`).join('|'));

export function matchLabel(raw: string): LabelRule | null {
  if (raw.length > 60) return null;
  const key = labelKey(raw);
  if (!key || !ANY_LABEL.test(key)) return null;
  for (const rule of LABEL_RULES) if (rule.re.test(key)) return rule;
  return null;
}

export interface InlinePair {
  rule: LabelRule;
  label: string;
  value: string;
}

/**
 * "DOB: 01/05/1950" in one piece of text → the rule and the value; several on one line
 * ("Admission: 3/8/2025  Exp. Discharge: 3/12/2025") give several pairs. The text must start with a
 * known label, so "Wife Anna, DOB: 3/3/1962, will attend" in a note is not read as the client's DOB.
 */
export function splitInlineLabels(text: string): InlinePair[] {
  const colons: { labelStart: number; colon: number; rule: LabelRule; label: string }[] = [];
  const re = /:/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && colons.length < 12) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const words = before.split(' ');
    // Longest run of trailing words (up to 4) that is a label.
    for (let k = Math.min(4, words.length); k >= 1; k--) {
      const label = words.slice(-k).join(' ').trim();
      const rule = label ? matchLabel(label) : null;
      if (rule) {
        colons.push({ labelStart: m.index - label.length, colon: m.index, rule, label: `${label}:` });
        break;
      }
    }
  }
  if (colons.length === 0 || (colons[0] as { labelStart: number }).labelStart !== 0) return [];
  const out: InlinePair[] = [];
  colons.forEach((c, i) => {
    const end = i + 1 < colons.length ? (colons[i + 1] as { labelStart: number }).labelStart : text.length;
    const value = text.slice(c.colon + 1, end).trim();
    if (value) out.push({ rule: c.rule, label: c.label, value });
  });
  return out;
}
