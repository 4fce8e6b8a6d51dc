import type { LabelRule } from './labels';

/**
 * Family-support programmes (Parents as Teachers, Healthy Families, Early Head Start home-based) enrol the parent:
 * their visit records caption her field with both words, the parent's role and the programme's word for its client
 * ("Parent / Participant", "Caregiver/Client", "Participant (Parent)"). Neither whole caption is a general name label,
 * so the visit record showed no client. Only a role of the enrolled adult paired with a client word: "Parent /
 * Guardian" stays a holder's caption (scr-others-section.ts), and on a child's record no caption pairs them so.
 */
const ROLE = '(?:parent|mother|father|primary caregiver|caregiver|expectant parent)';
const CLIENT = '(?:participant|client|enrollee)';

export const PARENT_PARTICIPANT_LABEL_RULES: readonly LabelRule[] = [
  { field: 'name', re: new RegExp(`^(?:${ROLE} ?\\/ ?${CLIENT}|${CLIENT} ?\\/ ?${ROLE}|${CLIENT} \\(${ROLE}\\))(?: name)?$`) },
];
