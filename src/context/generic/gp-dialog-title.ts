import { shortText } from '../parse/text';
import { emptyReading, put, type ReadEnv } from '../reading';
import { looksLikeShownName } from './name-shape';

const DIALOG = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';
/** "Patient Hub - Fairweather, Constance": a record's view, then the name it shows. */
const TITLED = /^(.{2,40}?)(?:\s*:|\s+[-–—|])\s+(.{3,60})$/;
const RECORD = /\b(?:patient|client|member|resident|chart|hub|record|demographics|profile|summary|info(?:rmation)?)\b/i;
/** A dialog about someone beside the client: "Edit Guarantor - Cole, Marcus", "Patient Contact - …". */
const OTHERS = /guarantor|contact|kin|guardian|insured|subscriber|responsible|provider|physician|referr|family|relative|spouse|parent|caregiver|emergency|user|staff/i;

/**
 * A pop-up record (eCW's patient hub) titles its dialog with the record's view and the name ("Patient Hub - Fairweather,
 * Constance") in a title bar above the body the facts are read from: the name search, which looks inside and before the
 * facts' region, never reaches a bar that is a sibling of the body's ancestors. The dialog's own title (aria-labelledby,
 * else its first child) names the record when it says it is the record's view and no one else's.
 */
export function dialogTitle(region: Element, env: ReadEnv): { value: string; how: string; id?: string } | null {
  const dialog = region.closest(DIALOG);
  const ref = dialog?.getAttribute('aria-labelledby');
  const bar = (ref && region.ownerDocument.getElementById(ref)) || dialog?.firstElementChild;
  if (!bar || bar.contains(region) || !env.vis.isVisible(bar)) return null;
  const m = TITLED.exec(shortText(bar, 100) ?? '');
  if (!m || !RECORD.test(m[1] as string) || OTHERS.test(m[1] as string) || !(m[2] as string).includes(' ') || !looksLikeShownName(m[2] as string)) return null;
  const r = emptyReading();
  return put(r, 'name', m[2] as string, '', env) ? { value: r.fields.name as string, how: 'dialog title' } : null;
}
