import { matchLabel } from './labels';
import { SEPARATED } from './line';

/** A phone's digits as printed ("(915) 555-0135", "503-555-0128", "+44 20 7946 0958"), its kind in brackets after it ("(home)"). */
const PHONE_VALUE = /^\+?\(?\d[\d\s().-]{5,18}\d(?:\s*\(\p{L}+\))?$/u;

/**
 * "Home phone (915) 555-0135 · Emergency contact Ricardo Ruiz (son) (915) 555-0147": a sentence-long line opened by a
 * phone's label whose colon went. With the colon the label's pair is read and the line's other person stays theirs; a
 * person reads the label and the number right after it just the same. Gives the line's first segment (up to its first
 * separator) as it reads with the colon, "Home phone: (915) 555-0135", when it is only a phone's own label (never a
 * bare word such as "Home") and one phone's shape; else null. The segments after it keep no label, as they had none.
 */
export function phoneLeadSegment(text: string): string | null {
  if (/[:=]/.test(text)) return null;
  const segment = (text.trim().split(SEPARATED)[0] ?? '').trim();
  const words = segment.split(/\s+/);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const label = words.slice(0, k).join(' ');
    const rule = matchLabel(label);
    if (rule?.field !== 'phone' || rule.bare) continue;
    const value = words.slice(k).join(' ');
    return PHONE_VALUE.test(value) ? `${label}: ${value}` : null;
  }
  return null;
}
