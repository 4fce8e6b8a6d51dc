import type { LabelRule } from './labels';

/**
 * An occupational-health chart's patient is an employee, and the products print them so: Cority-, Enterprise
 * Health- (WebChart) and UL-style employee-health records caption the person "Employee" where a clinic writes
 * "Patient", and key the record by the employer's "Employee #" / "Employee ID", printed where a clinic prints an
 * MRN. The same number is printed on a colleague's profile, a timesheet and an aide's visit, where it is the staff
 * member's and the record someone else's (hc-labels.ts keeps it a staff mark, hc-staff-record.ts). So it is the
 * record number only on a chart whose name was read under the "Employee" caption, and only when the page prints
 * one such number: never a supervisor's or a witness's beside it.
 *
 * A badge number is an access card's (the signed-in nurse's, a security or correctional officer's): never a
 * record number. Not a staff mark either: a client's chart names its officers' and nurses' badges, and two staff
 * marks with no record number reject the page.
 */
export const OCC_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: /^employee$/, bare: true },
  { field: null, re: /^badge ?(?:#|id|no\.?|number)$/ },
];

const EMPLOYEE_NAME = /label "employee:?"$/i;
const EMPLOYEE_NUMBER = /^label "(?:employee|emp\.?) ?(?:#|id|no\.?|number):?"$/i;

/** The employee's number, from the staff labels read (label, value), when the name is the "Employee" caption's. */
export function employeeNumber(staffValues: readonly (readonly [string, string])[], nameHow: string | undefined): string | null {
  if (!nameHow || !EMPLOYEE_NAME.test(nameHow)) return null;
  const numbers = new Set(staffValues.filter(([how]) => EMPLOYEE_NUMBER.test(how)).map(([, raw]) => raw.trim()));
  return numbers.size === 1 ? ([...numbers][0] as string) : null;
}

/**
 * Whether a name read under a label may stand: one under the "Employee" caption only where the page prints an
 * employee number and labels no other name (an aide's visit captions its caregiver "Employee" beside its client).
 */
export function employeeCaptionHolds(how: string, pairs: readonly { field: string; how: string }[], staffValues: readonly (readonly [string, string])[]): boolean {
  if (!EMPLOYEE_NAME.test(how)) return true;
  return staffValues.some(([label]) => EMPLOYEE_NUMBER.test(label)) && !pairs.some((p) => p.field === 'name' && !EMPLOYEE_NAME.test(p.how));
}
