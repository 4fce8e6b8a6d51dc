/**
 * "Emergency" in a section heading names another person's block (an emergency contact), unless the heading titles the
 * client's own emergency visit's document ("Emergency Department Summary", "Emergency Room Record", "Emergency Visit
 * Note"), which a C-CDA viewer puts over the patient's header table. "Emergency Department" alone stays a place's.
 */
export const EMERGENCY_OTHER = 'emergency(?! (?:(?:department|dept\\.?|room) )?(?:summary|note|record|report|visit|encounter|course|discharge))';
