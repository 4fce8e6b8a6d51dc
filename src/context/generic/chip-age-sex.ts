/**
 * A mobile card's sub-line under the person's name runs an id's chip, the age and the sex with bullets between
 * ("Participant # PCH-… • 31 yrs • Female", "Member ID 4410 · 67 y · M"): the id's chip is read by its label and the
 * others were dropped as unlabelled. The sex word beside an age in the same run of chips is that person's sex: one
 * sex chip and one age chip, nothing else unlabelled that could be another person's.
 */
const AGE = /^\d{1,3}\s*(?:y|yo|y\.o\.?|yrs?|years?(?: old)?|mo|mos|months?)$/i;
const SEX = /^(?:f|m|female|male|woman|man)$/i;

/** The sex chip of a run of chips beside exactly one age chip, else null. */
export function sexBesideAgeChip(chips: readonly string[]): string | null {
  const sexes = chips.filter((c) => SEX.test(c));
  const ages = chips.filter((c) => AGE.test(c));
  return sexes.length === 1 && ages.length === 1 ? (sexes[0] as string) : null;
}
