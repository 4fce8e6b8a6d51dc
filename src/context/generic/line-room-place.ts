import type { RawPair } from './line';
import { RELATION } from './relation-words';

const ROOM = /^label "(?:room|rm\.?|bed|chair|bay)(?: ?(?:#|no\.?|number))?"$/i;
/** A unit's or ward's name: words, perhaps with its floor ("Oncology 5B", "Medical Ward", "4 West"), no date nor long number. */
const PLACE = /^(?=.*\p{L}{2})[\p{L}\d][\p{L}\d .'’&/-]{1,28}$/u;

/**
 * A banner line prints where the client lies as two values, the ward and then its room, bed, infusion chair or ED bay ("Admitted
 * 28-Nov-2026 · Medical Ward · Bed 12", "Oncology 5B, Room 726-A"): the bed alone ("12") is no place.
 * The token read as nothing right before a room or bed label is its ward; never a person's (a
 * doctor or a relative) nor a token that is a value of its own.
 */
export function roomInPlace(pair: RawPair, token: string, before: string | undefined): RawPair {
  if (pair.rule.field !== 'location' || !before || !ROOM.test(pair.how) || !PLACE.test(before) || RELATION.test(before) || /\d{4}/.test(before)) return pair;
  return { ...pair, raw: `${before}, ${token}`, how: 'banner line (a ward, then its room or bed)' };
}

/** Text between two chips that only sets them apart. */
const BETWEEN = /^[\s·|•,/-]*$/;

/**
 * The same in chips of their own ("<span>Medical Ward</span> · <span>Bed 12</span>"): the chip right
 * before a room's or bed's, when it is a ward's name and not a labelled value.
 */
export function wardChipBefore(pair: RawPair, el: Element, text: string, isLabel: (t: string) => boolean): RawPair {
  if (pair.rule.field !== 'location' || !ROOM.test(pair.how) || /[·|•]/.test(text)) return pair;
  const prev = el.previousElementSibling;
  let between = '';
  for (let n = el.previousSibling; n && n !== prev; n = n.previousSibling) between += n.textContent ?? '';
  const ward = prev && prev.childElementCount === 0 ? (prev.textContent ?? '').trim().replace(/\s+/g, ' ') : '';
  if (!ward || !BETWEEN.test(between) || isLabel(ward) || /:/.test(ward)) return pair;
  return roomInPlace(pair, text, ward);
}

/**
 * A labelled ward whose room follows after a comma ("Unit: 5 West, Room 512"): the line parts them at the comma, and
 * the room's own label would make it a second place that loses to the ward. The room is the ward's: `ward` (the
 * place read from the token right before) takes it, and true says the room's pair is spent.
 */
export function roomAfterWard(pair: RawPair, token: string, ward: RawPair | undefined): boolean {
  if (pair.rule.field !== 'location' || !ward || ward.rule.field !== 'location' || !ROOM.test(pair.how) || ROOM.test(ward.how) || !PLACE.test(ward.raw.trim())) return false;
  ward.raw = `${ward.raw.trim()}, ${token}`;
  return true;
}
