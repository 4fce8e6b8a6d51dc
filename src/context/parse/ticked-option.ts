/** A box as forms print it: ticked ("☒", "☑", "■", "[X]") or not ("☐", "□", "[ ]"). */
const BOX = /[☐☒☑□■]|\[\s*[xX✓✔]?\s*\]/gu;
const TICKED = /^(?:[☒☑■]|\[\s*[xX✓✔]\s*\])$/u;

/**
 * A printed form's row of options ("☐ Male ☒ Female ☐ Unknown", "[ ] M [X] F") answers with the one
 * option ticked; a row with none or several ticked answers nothing. Text without boxes is kept.
 */
export function tickedOption(raw: string): string {
  const boxes = [...raw.matchAll(BOX)];
  if (!boxes.length) return raw;
  const ticked = boxes.filter((m) => TICKED.test(m[0]));
  if (ticked.length !== 1) return '';
  const at = (ticked[0]!.index ?? 0) + ticked[0]![0].length;
  const next = boxes.find((m) => (m.index ?? 0) >= at);
  return raw.slice(at, next?.index ?? raw.length).trim();
}
