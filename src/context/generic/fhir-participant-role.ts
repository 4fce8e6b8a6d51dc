/**
 * A FHIR Encounter's narrative lists who took part, each with their participation type in brackets
 * ("Dr. Ines Walcott (attender)"): staff, never the patient, even under a "Participant" label that
 * names the client in a programme's record.
 */
export const PARTICIPATION_ROLE = /\((?:[^)]*,\s*)?(?:attender|admitter|discharger|referrer|consultant|primary performer|secondary performer|translator|escort|emergency|participation|part of|caller|informant)\)\s*$/i;
