/**
 * "Emergency" in a section heading names another person's block (an emergency contact), unless the heading titles the
 * client's own emergency visit's document ("Emergency Department Summary", "Emergency Room Record", "Emergency Visit
 * Note"), which a C-CDA viewer puts over the patient's header table. "Emergency Department" alone stays a place's.
 *
 * Nor a programme the client is enrolled in: homeless services' "Emergency Shelter" (HUD's project type ES), "Emergency
 * Housing Voucher", "Emergency Solutions Grant", and Ryan White's "Emergency Financial Assistance" title the client's own
 * enrolment or service, with the client's stay dates under them.
 */
export const EMERGENCY_OTHER =
  'emergency(?! (?:(?:department|dept\\.?|room) )?(?:summary|note|record|report|visit|encounter|course|discharge)| (?:shelter|housing|solutions|financial assistance|rental assistance)\\b)';
