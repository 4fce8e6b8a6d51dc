import type { LabelRule } from './labels';

/**
 * Printed claim and registration forms number their boxes and tell how to fill them in ("2. Patient's Name (Last,
 * First, MI)", "5. Telephone (Include Area Code)", "26. Patient's Account No."): a caption's box number before it and
 * its filling instruction in brackets after it are no part of the label.
 */
const BOX_NUMBER = /^\d{1,2}[a-z]?\.\s+(?=\p{L})/u;
const HOW_TO_FILL = /\s*\((?:last(?: name)?,?\s*first[^()]*|include area code|mm\/?\s?dd\/?\s?(?:yy){1,2}|[^()]*\bformat)\)$/i;
/**
 * The institutional form (UB-04 / CMS-1450) numbers its form locators without a dot and prints their captions in
 * capitals ("8 PATIENT NAME", "10 BIRTHDATE", "3a PAT. CNTL #"), a sub-item by its letter ("b. MED. REC. #"); only a
 * caption in capitals loses a bare number, so "4 West" or "12 Bed" stays what it says.
 */
const LOCATOR_NUMBER = /^(?:\d{1,2}[a-z]?|[a-d]\.)\s+(?=\p{Lu})/u;
/** A date box's layout printed in its caption rather than in brackets ("3. Patient's Birth Date MM DD YY / Sex"). */
const DATE_LAYOUT = /\s+mm\s?dd\s?(?:yy){1,2}\b/i;

export function withoutFormItem(text: string): string {
  const plain = text.replace(BOX_NUMBER, '').replace(HOW_TO_FILL, '').replace(DATE_LAYOUT, '');
  const caption = plain.replace(LOCATOR_NUMBER, '');
  return caption.toUpperCase() === caption ? caption : plain;
}

/** The facts a certificate's box lists after the name it holds first ("Patient name, address, telephone and MBI"). */
const FACT = '(?:address|telephone(?: (?:no\\.?|number))?|phone|tel\\.?|mbi|hicn|medicare (?:id|no\\.?|number)|id|dob|date of birth)';

/**
 * A claim form's "Patient's Account No." (the practice's account, weak as every account number) and "Birth Date / Sex";
 * a certificate's box that holds the patient's name on its first line and other facts on the lines below, captioned
 * with them all ("Patient name, address, telephone and MBI", CMS-484-style certificates of medical necessity).
 */
export const FORM_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: new RegExp(`^(?:patient|beneficiary)'?s? name(?:,? (?:and )?${FACT})+$`) },
  { field: 'mrn', re: /^patient'?s? account (?:no\.?|number|#)$/, weak: 2 },
  { field: 'dob', re: /^(?:patient'?s? )?(?:birth ?date|date of birth|dob) ?\/ ?sex$/ },
];
