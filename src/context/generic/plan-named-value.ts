/**
 * A practice banner may print the coverage as a chip with no caption at all, the plan's own name before its number
 * ("UHC CHOICE PLUS · ID 918204477", "Aetna Open Access PPO | # W2209184"): the number labelled right after a
 * plan's name is the plan's member number, not the chart's record number (athenaOne-, eClinicalWorks-style patient
 * bars). Known by the words a health plan's name carries, and only under a bare label ("ID", "#"): "MRN", "Chart" or
 * "Member ID" say whose number it is themselves.
 */
const PLAN_WORDS =
  /\b(?:PPO|HMO|EPO|POS|HDHP|medicare|medicaid|medi-cal|advantage|choice plus|blue ?cross|blue ?shield|bcbs|uhc|united ?health ?care|aetna|cigna|humana|anthem|tricare|kaiser|molina|ambetter|wellcare|health ?plan|health ?net|highmark|premera|regence|carefirst|oscar health)\b/i;
/** A bare number label, owned by nobody: "ID", "#", "No." (a "Member ID" under a member's heading is the record's, plan-section.ts). */
const BARE_LABEL = /^(?:label ")?(?:id|#|no\.?|num(?:ber)?|nbr)\s*:?"?$/i;
const SEPARATOR = /\s[·|•\u2022\u00b7]\s|\s[-–—]\s/;

/** Whether the number `raw`, labelled `label`, follows a plan's name in the same chip of the element it was read from. */
export function afterPlanName(el: Element, raw: string, label: string): boolean {
  if (!BARE_LABEL.test(label.trim())) return false;
  const want = raw.trim();
  let at = el;
  for (let k = 0, next: Element | undefined = el; next && k < 8; k++) {
    at = next;
    next = Array.from(at.children).find((c) => (c.textContent ?? '').includes(want));
  }
  // The chip before the label: what the last separator before the number leaves. Where the number sits in an element
  // of its own, its parent (or grandparent) holds the chips before it.
  for (let k = 0, cur: Element | null = at; cur && k < 3; cur = cur.parentElement, k++) {
    const text = (cur.textContent ?? '').replace(/\s+/g, ' ');
    const end = text.indexOf(want);
    if (end < 0) return false;
    const before = text.slice(0, end).split(SEPARATOR);
    if (before.length > 1) return PLAN_WORDS.test((before[before.length - 2] ?? '').slice(-60));
  }
  return false;
}
