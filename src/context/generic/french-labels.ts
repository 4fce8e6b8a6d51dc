import type { LabelRule } from './labels';
import { glossRule } from './bilingual-gloss';

/**
 * Label spellings of French-language and bilingual (French / English) screens, as Canadian (Quebec, New Brunswick,
 * federal) and other francophone clinics print them:
 * - the record is the "dossier" ("No de dossier"); the health card ("carte santé", "assurance maladie"), a visit or an
 *   account number is not it;
 * - "Personne à contacter", relatives and staff are captions of someone else's values.
 */
const NO = '(?:n[oº°]\\.?|num[ée]ro|#)';
export const FRENCH_LABEL_RULES: readonly LabelRule[] = [
  { field: null, re: new RegExp(`^(?:${NO} ?(?:de |d')?)?(?:visite|compte|rendez-vous|facture|carte (?:sant[ée]|d'assurance maladie)|assurance maladie|nam)$|^(?:carte sant[ée]|personne [àa] contacter|contact d'urgence|conjoint|conjointe|m[èe]re|p[èe]re|m[ée]decin(?: de famille| traitant)?|utilisateur)(?: \\(.*\\))?$`) },
  { field: 'mrn', re: new RegExp(`^(?:${NO} ?(?:de |du )?)?dossier(?: (?:m[ée]dical|patient))?$`) },
  { field: 'name', re: /^nom(?: complet)?(?: du patient| de la patiente)?$/ },
  { field: 'name', re: /^pr[ée]noms?$/, part: 'given' },
  { field: 'name', re: /^nom de famille$/, part: 'family' },
  { field: 'dob', re: /^(?:date de naissance|n[ée]\(?e?\)? le|ddn)$/ },
  { field: 'sex', re: /^sexe$/ },
  { field: 'phone', re: /^(?:t[ée]l[ée]phone|t[ée]l\.?)(?: \((?:domicile|maison|principal)\)| (?:domicile|maison|principal|du patient))?$|^cellulaire$/ },
];

/**
 * A bilingual caption, French then its English gloss ("Téléphone (domicile) / Home phone", "Sexe / Sex"): the French
 * half names the field when the English half names the same one (English rules alone may not know the French
 * qualifier); a gloss English does not read is no caption ("Sexe / Sex : F" is a value's line, "Nom / Relationship"
 * two columns). An English "not the record" caption agrees with any French one that is not the record either.
 */
export function frenchGloss(key: string, ruleFor: (key: string) => LabelRule | null): LabelRule | null {
  return glossRule(key, FRENCH_LABEL_RULES, ruleFor, (rule, other) => !!other && other.field === rule.field);
}
