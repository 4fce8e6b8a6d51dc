/**
 * A referral's or a notice's sentence introduces its client after a phrase saying whose they are ("Please see the
 * attached referral for our patient Adaeze Nwosu, DOB …", "… for your client Tom Reyes (MRN …)"): the name follows
 * "our / your / the / mutual patient" (client, member, resident, consumer, participant).
 */
const SUBJECT_LEAD = /^.*?\b(?:[Oo]ur|[Yy]our|[Mm]y|[Tt]he|[Mm]utual|[Ss]hared|[Jj]oint)\s+(?:patient|client|member|resident|consumer|participant)\s+(?=\p{Lu})/u;

export function afterSubjectLead(head: string): string {
  return head.replace(SUBJECT_LEAD, '');
}

/** A chart number written in the sentence ("chart #A-55120", "chart no. 40713"): the practice's record number. */
export const CHART_IN_PROSE = /\bchart\s?(?:#|no\.?|number)\s*[:#=]?\s*([A-Za-z]{0,4}-?\d[\w-]{2,19})/i;
