import type { LabelRule } from './labels';

/**
 * A developmental-disability or behavioral-health provider's face sheet names the home a client lives in as its
 * "Site" ("Residential site", "Program site"), beside the admission to it: that home is the stay's place. Only as a
 * label (a cell, a term, a colon), never the word in a menu; and, as any labelled location, read only beside the
 * stay's dates (labelled.ts): an outpatient page's "Site" names a clinic the client visits, no stay.
 */
export const RESIDENTIAL_SITE: LabelRule = { field: 'location', re: /^(?:residential |program |living |home )?site$/, bare: true };
