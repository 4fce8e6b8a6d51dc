import { BED, placedBelow, UNIT } from './ip-stay-group';

/**
 * Inpatient screens label the ward and the bed apart ("Ward: General Ward", "Bed: GW-12"), side by side in
 * one table or group: two location values, which the reader otherwise takes for two places and drops.
 * They are one place, the ward's then the bed's: "General Ward, GW-12", a bare bed number keeping its
 * label word ("Ward 7B, Bed 17"). Only a unit and a bed or room of one group below the banner are joined.
 */
interface Placed {
  el: Element;
  field: string | null;
  value: string;
  how: string;
  origin: string;
  banner: Element | null;
}

function near(a: Element, b: Element): boolean {
  let p: Element | null = a;
  for (let k = 0; p && k < 3; k++) if ((p = p.parentElement)?.contains(b)) return true;
  return false;
}

export function unitAndBed<T extends Placed>(pairs: T[]): T[] {
  const places = pairs.filter(placedBelow);
  const unit = places.find((p) => UNIT.test(p.how));
  const bed = places.find((p) => BED.test(p.how));
  if (!unit || !bed || new Set(places.map((p) => p.value)).size !== 2 || !near(unit.el, bed.el) || bed.value.includes(unit.value)) return pairs;
  const word = (BED.exec(bed.how)?.[1] ?? '').replace(/^./, (c) => c.toUpperCase());
  const joined = { ...unit, value: `${unit.value}, ${/^\d+$/.test(bed.value) ? `${word} ` : ''}${bed.value}` };
  return pairs.filter((p) => !placedBelow(p)).concat(joined);
}

