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
  // Its forms spell the caption out ("Employee Name", "Name of Employee"): the same caption, held only on an
  // occupational-health page (HR timesheets and reviews print it too).
  { field: 'name', re: /^employee(?:'s)? (?:full )?name$|^name of employee$/ },
  { field: null, re: /^badge ?(?:#|id|no\.?|number)$/ },
  // The clinic's own chart for the employee ("Employee Health Chart", "OH Record", "EHS #"): the record number, ahead of
  // the employer's employee number printed beside it.
  { field: 'mrn', re: /^(?:(?:employee|occupational|occ\.?|staff) health|eh|ehs|oh|ohs) (?:(?:chart|record|file)(?: ?(?:#|id|no\.?|number))?|#|id|no\.?|number)$/ },
];

const EMPLOYEE_NAME = /label "employee:?"$/i;
/** The caption spelled out, as occupational-health forms print it, and as HR's timesheets and reviews do too: only on a page that says it is occupational health's. */
const EMPLOYEE_NAME_SPELLED = /label "(?:employee(?:'s)? (?:full )?name|name of employee):?"$/i;
const EMPLOYEE_NUMBER = /^label "(?:employee|emp\.?) ?(?:#|id|no\.?|number):?"$/i;

/**
 * The employee's number, from the staff labels read (label, value), when the name is the "Employee" caption's, or on
 * a page that says it is occupational health's (occ-health-page.ts) where no name is captioned "Employee": one that is
 * while the name read is another caption's is a caregiver's beside their client (an aide's visit), and so is the number.
 */
export function employeeNumber(staffValues: readonly (readonly [string, string])[], nameHow: string | undefined, occPage: boolean, employeeCaptioned: boolean): string | null {
  if (!nameHow || !(EMPLOYEE_NAME.test(nameHow) || (occPage && (EMPLOYEE_NAME_SPELLED.test(nameHow) || !employeeCaptioned)))) return null;
  const numbers = new Set(staffValues.filter(([how]) => EMPLOYEE_NUMBER.test(how)).map(([, raw]) => raw.trim()));
  return numbers.size === 1 ? ([...numbers][0] as string) : null;
}

/**
 * Whether a name read under a label may stand: one under the "Employee" caption only where the page prints an
 * employee number and labels no other name (an aide's visit captions its caregiver "Employee" beside its client); one
 * under "Employee Name" only on an occupational-health page.
 */
export function employeeCaptionHolds(how: string, pairs: readonly { field: string; how: string }[], staffValues: readonly (readonly [string, string])[], occPage: boolean): boolean {
  if (EMPLOYEE_NAME_SPELLED.test(how) && !occPage) return false;
  if (!employeeCaption(how)) return true;
  return staffValues.some(([label]) => EMPLOYEE_NUMBER.test(label)) && !pairs.some((p) => p.field === 'name' && !employeeCaption(p.how));
}

/** Whether a name was read under the "Employee" caption (before the captions that do not hold are dropped). */
export function employeeCaptioned(pairs: readonly { field: string; how: string }[]): boolean {
  return pairs.some((p) => p.field === 'name' && employeeCaption(p.how));
}

const employeeCaption = (how: string): boolean => EMPLOYEE_NAME.test(how) || EMPLOYEE_NAME_SPELLED.test(how);
