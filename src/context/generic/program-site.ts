import type { LabelRule } from './labels';

/**
 * "Program: Residential — Oak Street Group Home": a disability or behavioral-health provider's enrolment names the
 * programme's setting, then the site where the client lives. The site is the stay's place when the setting is one a
 * person lives in; an outpatient or day programme names a service, no place. Read only beside the stay's dates, as
 * any labelled location is (labelled.ts).
 */
const SETTING = /^(?:residential|group home|supported living|supervised living|host home|community living|icf(?:\/iid)?|crisis (?:residence|residential|stabili[sz]ation unit))(?: (?:program|services?|care|treatment))?\s*[—–:-]\s+(.+)$/i;

export const PROGRAM_SITE: LabelRule = {
  field: 'location',
  re: /^(?:program|programme|service program|residential program)$/,
  value: (raw) => SETTING.exec(raw.trim())?.[1]?.trim() ?? null,
};
