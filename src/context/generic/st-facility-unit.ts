/** What this rule needs of a pair read by the labelled reader. */
interface Pair {
  field: string;
  how: string;
  banner: Element | null;
}

const FACILITY = /^label "(?:[a-z]+ )?(?:facility|hospital|site)\b/i;
const PLACE_IN_IT = /^label "(?:[a-z]+ )?(?:location|unit|nursing unit|ward|room|bed)\b/i;

/**
 * A current encounter's details name the hospital and, on a row of its own, the place in it ("Facility: Pikes Peak
 * Regional" / "Location: 3 WEST MED/SURG · 318 · 02", a HealtheCare- or PowerChart-like encounter table): two
 * places labelled below the banner are otherwise read as a choice and neither is kept. The unit and room say where
 * the client is; the facility is where the unit is. Only below the banner, where the stay's own rows are.
 */
export function facilityYieldsToUnit<P extends Pair>(pairs: P[]): P[] {
  const below = pairs.filter((p) => p.field === 'location' && !p.banner);
  if (!below.some((p) => PLACE_IN_IT.test(p.how)) || !below.some((p) => FACILITY.test(p.how))) return pairs;
  return pairs.filter((p) => p.field !== 'location' || p.banner || !FACILITY.test(p.how));
}
