import { isObj, list, str } from './json-values';
import type { Obj } from './structured';

/**
 * A FHIR Encounter says where the stay is in its own `location` list ("Ward 3 North, Room 412"): the only
 * entry's display, else the one entry still `active`. Several with none active are the stay's moves, and
 * which is current is not said; a reference without a display names no place a person would read.
 */
export function stayLocation(encounter: Obj): string | undefined {
  const entries = list(encounter.location).filter(isObj);
  const current = entries.length === 1 ? entries : entries.filter((e) => str(e.status) === 'active');
  const place = current.length === 1 ? current[0]?.location : undefined;
  return isObj(place) ? str(place.display) : undefined;
}
