/**
 * Blood bank screens (a transfusion service's patient inquiry, a compatibility report, a reaction workup) label the
 * patient's ward or bed in the same table, definition list or fieldset as their labelled name and record number or birth
 * date, and show no admission: the place comes with the order, not a stay. Without stay dates a labelled place is
 * otherwise not read (it is as often the user's or the practice's, labelled in a toolbar); one labelled inside the very
 * group that names the client, and the innermost such group of that name, is the client's. Only a ward, unit, room, bed
 * or location label: a facility or hospital names where the record is kept as often as where the client lies. And only a
 * value shaped as a ward's or a bed's (a number, or a unit, ward, ICU, bay, bed, room or pod word): a call record's
 * "Current location: Home" or a dictation job's "Location: Cardiology Clinic" is where someone was, not a bed.
 */
const GROUP = 'table, dl, fieldset';
const PLACE_VALUE = /\d|\b(?:unit|ward|\w*icu|bay|bed|room|rm|pod|wing|floor)\b/i;
const PLACE_LABEL = /^label "(?:current |assigned )?(?:location|loc\.?|unit|room|rm|bed|ward|bay)\b/i;

interface Placed {
  el: Element;
  value: string;
  field: string | null;
  how: string;
  origin: string;
}

export function placeInIdentityGroup(place: Placed, pairs: readonly Placed[]): boolean {
  if (place.field !== 'location' || place.origin !== 'label' || !PLACE_LABEL.test(place.how) || !PLACE_VALUE.test(place.value)) return false;
  const group = place.el.closest(GROUP);
  if (!group) return false;
  const inGroup = (field: string) => pairs.some((p) => p.field === field && p.origin === 'label' && p.el.closest(GROUP) === group);
  return inGroup('name') && (inGroup('mrn') || inGroup('dob'));
}
