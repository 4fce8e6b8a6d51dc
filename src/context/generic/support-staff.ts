/**
 * The staff a developmental-disability provider or an ABA practice puts beside its client, as the role words those
 * systems print in a contacts row or a section's heading: the county's service and support administrator or support
 * broker, the QIDP, direct support professionals, the home's manager, the day program; the supervising behaviour
 * analyst (BCBA) and the behaviour technicians (RBT). A phone in their row or section is theirs, as a physician's or a
 * coordinator's is (others.ts).
 */
export const SUPPORT_STAFF =
  'service and support administrator|supports? (?:broker|administrator|planner)|direct support|\\bdsps?\\b|\\bq[im]rp\\b|\\bq[id]dp\\b|' +
  '(?:house|home|residential) (?:manager|supervisor|lead)|behaviou?r (?:analyst|technician|consultant|specialist)|\\bbcba(?:-d)?\\b|\\bbcaba\\b|\\brbt\\b|' +
  'day (?:program|services)';
