/** What this rule needs of a pair read by the labelled reader. */
interface Pair {
  field: string;
  how: string;
}

const ENROLMENT = /enrol/i;
const ADMISSION = /admi/i;
/**
 * A record number labelled as a health plan member's or a medical record's, not a human-services agency client's; or
 * as the EMR's (EHR's) a monitoring platform is linked to (emr-linked-id.ts): a remote-monitoring enrolment is no stay.
 */
const HEALTH_RECORD = /\b(?:member|mrn|mr ?#|medical record|chart|emr|ehr)\b/i;

/**
 * A population-health or care-management record (Innovaccer-, Wellframe-, Health Cloud-, Jiva-like member pages)
 * lists the care programmes a member is enrolled in (transitional care, remote monitoring, disease management): an
 * "Enrolled" or "Enrollment Start Date" there starts a programme that runs beside the member's care, never a
 * hospital stay. Known by the record number the page gives: a plan member's or a medical record's. A social-care or
 * behavioural-health agency's client record ("Client ID") keeps its programme enrolment, its admission to services.
 */
export function withoutCareProgrammeEnrolment<P extends Pair>(pairs: P[]): P[] {
  if (!pairs.some((p) => p.field === 'mrn' && HEALTH_RECORD.test(p.how))) return pairs;
  return pairs.filter((p) => p.field !== 'admitDate' || !ENROLMENT.test(p.how) || ADMISSION.test(p.how));
}
