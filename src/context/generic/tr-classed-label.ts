const LABEL_CLASS = /(?:^|[\s_-])(?:label|lbl|key|caption)(?:$|[\s_-])/i;
const VALUE_CLASS = /(?:^|[\s_-])(?:value|val)(?:$|[\s_-])/i;

/**
 * "<span class="label">Patient</span><span class="value">Lindgren, Tobias</span>": markup that calls one element a
 * label and the next its value says so where a colon does not (an alert card's rows). A bare word ("Patient",
 * "Resident") is a label only so, in a cell, or before a colon: elsewhere it titles a menu or a section.
 */
export function classedLabel(el: Element): boolean {
  const next = el.nextElementSibling;
  return !!next && LABEL_CLASS.test(el.getAttribute('class') ?? '') && VALUE_CLASS.test(next.getAttribute('class') ?? '');
}
