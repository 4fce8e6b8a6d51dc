import type { LabelRule } from './labels';

/**
 * Portals that gather records from several organisations print each record number under its issuer: "MRN (St. Vincent
 * Indy)", "Medical Record Number (Lakeview Health)". Brackets naming an organisation keep the record number this
 * client's; brackets naming a person or a relation ("MRN (Mother)", "MRN (John Smith)") stay unread, as "DOB (Spouse)" does.
 */
const ORGANISATION = /\b(?:hospitals?|health(?:care)?|medical|medicine|clinics?|cent(?:er|re)|memorial|st\.?|saint|university|regional|physicians|system|infirmary|mercy|kaiser|va)\b/;

export function orgQualifiedMrn(key: string, ruleFor: (key: string) => LabelRule | null): LabelRule | null {
  const m = /^(.+?)\s*\(([^()]{2,40})\)$/.exec(key);
  const [, base = '', issuer = ''] = m ?? [];
  if (!ORGANISATION.test(issuer)) return null;
  const rule = ruleFor(base);
  return rule?.field === 'mrn' && !rule.bare && !rule.weak ? rule : null;
}
