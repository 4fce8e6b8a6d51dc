import { cleanText, openingText } from '../parse/text';

/**
 * Whether the page says it is occupational or employee health's (its title or the text it opens with): an
 * employee-health record, a fitness-for-duty or return-to-work evaluation, a respirator clearance or fit test, an
 * exposure report, a DOT drug-test custody form. There the person is an employee, and the employer's employee number
 * is their record's number whatever caption their name has (an h1, "Employee Name", "Your name", "Donor name"), as
 * occupational-health products key the chart by it; a colleague's profile in an HR or staffing system says none of this.
 */
const OCC = /\b(?:employee|occupational|staff|workforce) health\b|\bocc(?:upational|\.)? ?(?:health|med(?:icine)?)\b|\bemployer (?:clinic|services)\b|\bfit(?:ness)?[- ]for[- ]duty\b|\breturn[- ]to[- ]work\b|\brespirator (?:medical|clearance|fit)|\bbloodborne pathogen\b|\bdrug testing custody and control\b/i;

/** The page's title and the first characters of its body: where a product prints its module's name. */
export function occHealthPage(doc: Document): boolean {
  return OCC.test(doc.title) || (!!doc.body && OCC.test(cleanText(openingText(doc.body, 400))));
}
