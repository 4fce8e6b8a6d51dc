import { TRUST_TEMPLATE_ID } from '../checklists/checklist';

/**
 * Trust acts (the trust checklist) travel as Tasks, one per act, exactly as discharge items do
 * (checklist-task.ts), not as a QuestionnaireResponse:
 * - an act is done again and again (a kept appointment, a returned call); each doing is a time a
 *   Task output holds, while a QuestionnaireResponse is one filling-in of a form at one moment;
 * - one record here is one act, and so one resource there: a colleague ticking another act is a
 *   write to another resource, never a 412 on a shared form, and ticks merge as appends per act;
 * - a QuestionnaireResponse needs a published Questionnaire to mean anything to other tools,
 *   and is amended as a whole (status amended), which has no forward-only rule per answer.
 * Acts Rapport proves from the record itself (auto-ticks.ts) are never stored, so never shared.
 */
export const TRUST_ACT_TEMPLATES: readonly string[] = [TRUST_TEMPLATE_ID];
