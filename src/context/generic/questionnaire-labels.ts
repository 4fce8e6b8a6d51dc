import type { LabelRule } from './labels';

/**
 * Intake questionnaires (a sleep clinic's new-patient form, a portal's pre-visit survey) ask the patient for the
 * number to reach them on: "Best phone", "Best contact number", "Best number to reach you". The answer is the
 * client's own phone, as "Preferred phone" is on a chart.
 */
export const QUESTIONNAIRE_LABEL_RULES: readonly LabelRule[] = [
  { field: 'phone', re: /^best (?:contact |call-?back |daytime )?(?:phone|number|tel\.?)(?: (?:number|no\.?|#))?(?: to (?:reach|call) (?:you|me))?$/ },
];
