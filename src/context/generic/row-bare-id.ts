import type { Line } from './line';

/** How a header column's bare id under the name and sex is read (am-bare-line-id.ts bareIdUnderSex). */
export const BARE_ID_UNDER_SEX = 'banner line (bare id under the name and sex)';

/**
 * A banner of several rows ("<patient-banner><div>FAMILY, Given | 81 yrs | M | HSP-66120</div><div>DOB … | Level of
 * care …</div><div>Admit … | Discharged …</div>", as hospice and home-health EMRs print it) is read as one line that
 * says more than its first row, and the first row's bare id under the name and sex goes with the row: the whole
 * banner leaves the id one unread token among its other rows' unlabelled values. The row's id is the record number
 * when the banner line holding it reads none of its own.
 */
export function rowBareId(row: Line, kept: Line): string | null {
  if (row === kept || kept.pairs.some((p) => p.rule.field === 'mrn')) return null;
  return row.pairs.find((p) => p.how === BARE_ID_UNDER_SEX)?.raw ?? null;
}
