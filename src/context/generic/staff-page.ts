/**
 * A page whose address names one record of the organisation's own people (`/directory/partners/88123`,
 * `/staff/4471`, `/users/12/`, `/providers/NPI-1234567890`) is about a colleague or a partner: it prints
 * a name, an ID and a phone as a client's record does, and none of it is a client. Only the collection
 * the last segment belongs to counts, and that segment must be an id (it holds a digit), so
 * `/providers/42/patients/991` and a portal's `/provider/chart` stay client pages.
 */
const STAFF_RECORD = /\/(?:directory|staff|users?|employees|partners|providers|practitioners|clinicians|team-members?)\/[^/?#]*\d[^/?#]*\/?(?:[?#]|$)/i;

export function namesStaffRecord(url: string): boolean {
  return STAFF_RECORD.test(url);
}
