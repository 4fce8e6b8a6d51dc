import type { ContextField } from '../types';
import { emptyReading, put, type ReadEnv, type Reading } from '../reading';

/** A labelled value met past the banner, where identity is not read (its element and its raw text). */
export interface Tailed {
  field: ContextField;
  raw: string;
  el: Element;
}

/**
 * Record pages show a highlights banner, then the record's details: the sex is often labelled only
 * there ("Gender: Male" in the detail form), where the reader takes no identity, since below a banner
 * other people's details are printed too. The one sex labelled below is the client's when the nearest
 * section holding it repeats the banner's record number or birth date: that section is the record's own.
 */
export function sexInDetails(tailed: Tailed[], reading: Reading, env: ReadEnv): void {
  const sexes = tailed.filter((t) => t.field === 'sex');
  // An element read twice (a scan started again) is one label.
  if (new Set(sexes.map((t) => t.el)).size !== 1) return;
  const sex = sexes[0] as Tailed;
  for (let box = sex.el.parentElement, up = 0; box && up < 6; box = box.parentElement, up++) {
    const same = tailed.find((t) => t.field !== 'sex' && box?.contains(t.el));
    if (!same) continue;
    const scratch = emptyReading();
    if (put(scratch, same.field, same.raw, '', env) && scratch.fields[same.field] === reading.fields[same.field]) put(reading, 'sex', sex.raw, 'details repeating the banner', env);
    return;
  }
}
