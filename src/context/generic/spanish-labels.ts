import type { LabelRule } from './labels';
import { glossRule } from './bilingual-gloss';

/**
 * Label spellings of Spanish-language and bilingual (Spanish / English) screens, as US community health centres and
 * Latin American hospitals print them:
 * - the record is the "expediente" (or the "historia clínica"); an account, episode, visit or policy number is not it;
 * - Hispanic names carry two family names, often in fields of their own: the father's ("apellido paterno") then the
 *   mother's ("apellido materno"), which the name keeps in that order;
 * - "Responsable" (the guarantor), relatives and staff are captions of someone else's values.
 */
const NO = '(?:n[oº°]\\.?|n[uú]m\\.?|n[uú]mero)';
export const SPANISH_LABEL_RULES: readonly LabelRule[] = [
  { field: null, re: new RegExp(`^${NO} ?(?:de )?(?:cuenta|episodio|visita|cita|encuentro|p[oó]liza|seguro|afiliaci[oó]n|orden|factura)$|^(?:seguro social|responsable|fiador|garante|tutor|contacto de emergencia|m[eé]dico(?: tratante)?|proveedor|usuario|madre|padre|esposo|esposa|c[oó]nyuge)$`) },
  { field: 'mrn', re: new RegExp(`^(?:${NO} ?(?:de )?)?(?:expediente|historia cl[ií]nica)(?: (?:cl[ií]nico|m[eé]dico))?$|^exp\\.$`) },
  // A bare "Nombre" is the record's name as the English "Name" is ("Nombre / Name:" on bilingual intake sheets); a
  // relative's "Nombre" sits in that relative's section, as an English "Name" does.
  { field: 'name', re: /^nombre(?: completo)?(?: del (?:paciente|cliente))?$/ },
  { field: 'name', re: /^paciente$/, bare: true },
  { field: 'name', re: /^nombres$|^nombre\(s\)$/, part: 'given' },
  { field: 'name', re: /^(?:primer apellido|apellido paterno|apellidos)$/, part: 'family' },
  { field: 'name', re: /^(?:segundo apellido|apellido materno)$/, part: 'second' },
  { field: 'dob', re: /^(?:fecha de nacimiento|f(?:echa|ec)?\.? ?(?:de )?nac(?:\.|imiento)?)$/ },
  { field: 'sex', re: /^sexo$/ },
  { field: 'phone', re: /^(?:tel[eé]fono|tel\.)(?: (?:del paciente|celular|m[oó]vil|de casa|particular|principal))?$|^celular$/ },
  { field: 'admitDate', re: /^(?:fecha|f\.) (?:de )?(?:ingreso|admisi[oó]n)$/ },
  { field: 'dischargeDate', re: /^(?:fecha|f\.) (?:de )?(?:alta|egreso)$/, dischargeActual: true },
  { field: 'dischargeDate', re: /^fecha (?:probable|estimada) de (?:alta|egreso)$/, dischargeActual: false },
  { field: 'location', re: /^(?:sala|cama|habitaci[oó]n)(?: ?\/ ?(?:cama|habitaci[oó]n))?$/ },
];

/**
 * A bilingual caption, Spanish then its English gloss ("Apellido paterno / Father's surname", "Sexo / Sex"): the
 * Spanish half names the field, unless the English half names another one ("Nombre / Relación" is two columns).
 */
export function spanishGloss(key: string, ruleFor: (key: string) => LabelRule | null): LabelRule | null {
  // "No. de cuenta / Account #": an account number is only a weak record number in English, and no record number here.
  return glossRule(key, SPANISH_LABEL_RULES, ruleFor, (rule, other) => !other || other.field === rule.field || (rule.field === null && other.weak !== undefined));
}
