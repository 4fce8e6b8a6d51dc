import { addDays } from './dates';
import type { DischargeItem, DischargeSection } from './checklist';

/**
 * Anticipating discharge needs: AHRQ Project RED (12 components), AHRQ IDEAL (5 elements) and the
 * BOOST 8Ps risk questions. Offsets count calendar days from the (expected) discharge date so the
 * list can be planned before the date is final.
 */
export const DISCHARGE_SECTIONS: Readonly<Record<DischargeSection, { title: string }>> = {
  red: { title: 'Re-Engineered Discharge (Project RED)' },
  ideal: { title: 'IDEAL discharge planning' },
  'boost-8p': { title: 'Readmission risk screen (BOOST 8Ps)' },
};

const red = (id: string, owner: DischargeItem['owner'], dueOffsetDays: number, text: string, why: string): DischargeItem => ({
  id: `discharge.red.${id}`, section: 'red', owner, dueOffsetDays, text, why, sourceId: 'ahrq-red',
});
const ideal = (id: string, owner: DischargeItem['owner'], dueOffsetDays: number, text: string, why: string): DischargeItem => ({
  id: `discharge.ideal.${id}`, section: 'ideal', owner, dueOffsetDays, text, why, sourceId: 'ahrq-ideal',
});
// Risk questions are asked early in the stay: a "yes" calls for more support at discharge.
const risk = (id: string, text: string, why: string): DischargeItem => ({
  id: `discharge.boost.${id}`, section: 'boost-8p', owner: 'care manager', dueOffsetDays: -3, text, why, sourceId: 'boost-8p',
});

export const DISCHARGE_ITEMS: readonly DischargeItem[] = [
  red('language', 'care manager', -3, 'Ask whether language assistance is needed and arrange an interpreter for discharge teaching', 'Teaching the client cannot follow is teaching that did not happen.'),
  red('appointments', 'hospital team', -1, 'Make follow-up appointments with clinicians and for tests or labs', 'Appointments booked before discharge are far more often kept.'),
  red('pending-results', 'hospital team', -1, 'Agree who follows up test results still pending at discharge', 'Results that arrive after discharge are easily lost between teams.'),
  red('services-equipment', 'care manager', -2, 'Arrange post-discharge services and medical equipment (home health, equipment, transport)', 'Services missing on the first day home are a common reason to return.'),
  red('medications', 'pharmacy', -1, 'Confirm the correct medicines and how the client will get them (pharmacy, cost, delivery)', 'A prescription the client cannot fill or afford is a gap in care.'),
  red('guidelines', 'hospital team', -1, 'Check the discharge plan against national guidelines for the diagnosis', 'Guideline checks catch omitted treatments before they matter.'),
  red('written-plan', 'hospital team', 0, 'Make sure the client leaves with a written discharge plan they can read and understand', 'A written plan lets the client and family check what to do at home.'),
  red('education', 'hospital team', -1, 'Educate the client on the diagnosis and each medicine', 'Knowing why a medicine matters makes taking it more likely.'),
  red('if-problem', 'care manager', 0, 'Go over what to do, and whom to call, if a problem arises', 'Knowing whom to call keeps a small problem from becoming an emergency visit.'),
  red('teach-back', 'care manager', 0, 'Ask the client to explain the plan in their own words (teach-back)', 'Teach-back shows what was understood, not only what was said.'),
  red('summary-sent', 'hospital team', 1, 'Check the discharge summary reached the clinicians taking over care', 'The next clinician can only continue a plan they have received.'),
  red('phone-reinforce', 'care manager', 2, 'Call after discharge to reinforce the plan and catch problems early', 'The first days at home are when plans fall apart unnoticed.'),
  ideal('include', 'care manager', -3, 'Include the client and family as partners: invite the caregiver to discharge planning', 'The people who will carry out the plan need a say in it.'),
  ideal('discuss', 'care manager', -2, 'Discuss the five key areas: life at home, medicines, warning signs, test results, follow-up appointments', 'These five areas are where problems after discharge come from.'),
  ideal('educate', 'hospital team', -1, 'Educate in plain language at each step of the stay, not only on the last day', 'Learning spread over the stay sticks better than one rushed talk.'),
  ideal('assess', 'care manager', -1, 'Assess how well things were explained, with teach-back from client and caregiver', 'Checking understanding before discharge leaves time to re-teach.'),
  ideal('listen', 'care manager', -3, "Listen to and honour the client's goals, preferences and concerns about going home", 'A plan that ignores what the client wants is a plan they will not follow.'),
  risk('problem-medications', 'Problem medications: anticoagulants, insulin, opioids, antiplatelets or digoxin?', 'These medicines cause most serious drug events after discharge.'),
  risk('psychological', 'Psychological: depression, or a positive depression screen?', 'Depression makes following a discharge plan much harder.'),
  risk('principal-diagnosis', 'Principal diagnosis: cancer, stroke, diabetes, COPD or heart failure?', 'These diagnoses carry a high risk of readmission.'),
  risk('polypharmacy', 'Polypharmacy: five or more routine medicines (or, in the revised screen, physical limitations)?', 'Many medicines mean more chances of error and interaction.'),
  risk('health-literacy', 'Poor health literacy: unable to explain the plan back (teach-back)?', 'A plan the client cannot explain is a plan at risk.'),
  risk('patient-support', 'Patient support: no caregiver to help at home after discharge?', 'Without help at home small problems go unnoticed.'),
  risk('prior-hospitalisation', 'Prior hospitalisation: an unplanned admission in the last 6 months?', 'Recent admissions predict the next one.'),
  risk('palliative-care', 'Palliative care: advanced or progressive serious illness that calls for a palliative conversation?', "Care goals change the plan; they should be asked, not assumed."),
];

export type DatedDischargeItem = DischargeItem & { due: string };

/** The template with concrete due dates for a discharge on `dischargeDate` (expected or actual). */
export function dischargeChecklist(dischargeDate: string): DatedDischargeItem[] {
  return DISCHARGE_ITEMS.map((i) => ({ ...i, due: addDays(dischargeDate, i.dueOffsetDays) }));
}
