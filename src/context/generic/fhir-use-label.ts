import type { LabelRule } from './labels';

/**
 * FHIR narratives and explorers print one row per name and per identifier, the row's label carrying the name's use or
 * the identifier's type code in brackets: "Name (official)", "Name (maiden)", "Identifier (MR, Lakeview Clinic)",
 * "Identifier (DL, IL)". The official or legal name is the client's name; a usual, maiden or old one is another name of
 * theirs, never read as it. The identifier typed MR is the record number; any other type (a licence, a passport, a
 * social security or member number) is not.
 */
const NAME_USE = /^(?:patient )?name \((official|legal|usual|nickname|maiden|old|temp|anonymous)\)$/;
const ID_TYPE = /^(?:patient )?identifier \(([a-z]{2,4})(?:[,;\s][^()]*)?\)$/;
const NOT_THIS: LabelRule = { field: null, re: /^$/ };

export function useQualified(key: string, ruleFor: (key: string) => LabelRule | null): LabelRule | null {
  const use = NAME_USE.exec(key)?.[1];
  if (use) return use === 'official' || use === 'legal' ? ruleFor('name') : NOT_THIS;
  const type = ID_TYPE.exec(key)?.[1];
  if (type) return type === 'mr' ? ruleFor('mrn') : NOT_THIS;
  return null;
}
