import { shortText } from '../parse/text';

/** A caption naming the plan alone: "Primary Ins", "Insurance", "Sec. Payer", "Coverage". */
const PLAN_CAPTION = /^(?:(?:primary|secondary|tertiary|pri|sec)\.?\s+)?(?:ins(?:urance)?|payer|payor|coverage|plan|carrier)\.?:?$/i;

/**
 * A quickview or banner prints the insurance as a caption element beside its value ("Primary Ins" | "BCBS IL PPO ·
 * Member ID XOF884201773"): a number labelled inside that value is the plan's member number, not the chart's record
 * number, even with no colon after the caption (plan-number.ts reads the line an insurance label opens with one).
 */
export function insuranceCaptioned(el: Element, raw: string): boolean {
  // A bilingual caption glosses the local word after a slash ("Seguro / Insurance:"): either half may name the plan.
  const plan = (e: Element | null | undefined) => !!e && !(e.textContent ?? '').includes(raw) && (shortText(e, 40)?.trim() ?? '').split(/\s+\/\s+/).some((half) => PLAN_CAPTION.test(half));
  // The value's own element where a whole card was read as one line.
  let at = el;
  for (let k = 0, next: Element | undefined = el; next && k < 8; k++) {
    at = next;
    next = Array.from(at.children).find((c) => (c.textContent ?? '').includes(raw));
  }
  // The caption before it, or leading the row it was read from as one line.
  for (let cur: Element | null = at, k = 0; cur && k < 3; cur = cur === el ? null : cur.parentElement, k++) if (plan(cur.previousElementSibling) || plan(cur.firstElementChild)) return true;
  return false;
}
