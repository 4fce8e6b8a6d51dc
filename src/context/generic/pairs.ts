import { hostedControl } from './hosted-control';
import { shownOrProjected } from './slot-value';
import { readValue, type VisibilityChecker } from '../dom';
import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { notAdornment } from './crm-control-adornment';
import { wrappedControl } from './ehr-field-wrapper';
import { nothingAbove } from './am-caption-above';
import { implicitControl } from './hc-implicit-label';
import { splitDateTime } from './split-date-time';
import { leadingControl } from './leading-control';
import { termRunValue } from './dl-term-run';
import { captionRowAfter } from './caption-row-after';

/**
 * The value that belongs to a label element: the next element sibling (dt→dd, th/td→td, label→…),
 * else the text right after it ("<b>DOB:</b> 01/05/1950"), else the parent's next sibling when the
 * label is wrapped alone ("<td><b>MRN:</b></td><td>…</td>"), else the value a caption sits under. Null
 * when nothing visible follows.
 */
export function valueAfter(label: Element, vis: VisibilityChecker): { text: string; el: Element | null } | null {
  const own = wrappedControl(label);
  if (own) {
    const text = controlValue(own, (e) => vis.isVisible(e));
    return text ? { text, el: own } : null;
  }
  let cur: Element | null = label;
  for (let depth = 0; cur && depth < 3; depth++) {
    // Text directly after the label inside the same parent.
    let sib: ChildNode | null = cur.nextSibling;
    let inline = '';
    // Past an icon nobody reads between them ("Date of birth <i aria-hidden>🎂</i> 11 Feb 1999").
    while (sib && (sib.nodeType === 3 || (sib.nodeType === 1 && !inline.trim() && !vis.isVisible(sib as Element)))) {
      if (sib.nodeType === 3) inline += sib.nodeValue ?? '';
      sib = sib.nextSibling;
    }
    // "<b>name</b>: Jane Doe": the separator belongs to the label, not the value.
    const inlineText = inline.trim().replace(/^[:=]\s*/, '');
    if (inlineText && inlineText.length <= 200) return { text: inlineText, el: null };
    // Or its description in a grid of term rows over description rows (dl-term-run.ts).
    let next = (depth === 0 && termRunValue(cur)) || cur.nextElementSibling;
    // A web component's slot by what it projects (slot-value.ts).
    while (next && !shownOrProjected(next, (e) => vis.isVisible(e))) next = next.nextElementSibling;
    // A heading row's next row is its first field (caption-row-after.ts).
    if (next && depth > 0 && captionRowAfter(next)) return null;
    if (next) {
      // Its parts are judged too: a stylesheet hides a value inside a cell the user sees.
      const shown = (e: Element) => vis.isVisible(e);
      // A field's own buttons (an inline edit's "Edit: Gender") are no part of its value, unless they are all it shows.
      // Or the control leading a cell of the record's other labelled facts (leading-control.ts).
      const text = controlValue(next, shown) ?? leadingControl(next, (c) => controlValue(c, shown)) ?? (shortText(next, undefined, undefined, (e) => shown(e) && notAdornment(e)) || shortText(next, undefined, undefined, shown));
      return text ? { text, el: next } : null;
    }
    // A caption under its value, the pair's only other element ("<span>000412377</span><span>Client ID</span>"
    // in a header's stacked items); never a table's cells, where a row's last cell labels nothing before it.
    const prev = depth === 0 && cur.parentElement?.childElementCount === 2 && tagOf(cur) !== 'TD' ? cur.previousElementSibling : null;
    if (prev && !nothingAbove(cur, prev) && vis.isVisible(prev)) {
      const text = shortText(prev, undefined, undefined, (e) => vis.isVisible(e));
      return text ? { text, el: prev } : null;
    }
    // Wrapped alone: climb only while the wrapper holds nothing but the label.
    const parent: Element | null = cur.parentElement;
    if (!parent || (shortText(parent, 60) ?? '') !== (shortText(cur, 60) ?? '')) return null;
    cur = parent;
  }
  return null;
}

/** For a `for`-labelled <label>, the control it names (its value or text); for one holding its control, that control's value. */
export function labelTarget(label: Element, doc: Document, vis: VisibilityChecker): string | null {
  const id = label.getAttribute('for');
  // Or the control it holds (hc-implicit-label.ts).
  const own = id ? null : implicitControl(label);
  if (!id) return own ? controlValue(own, (e) => vis.isVisible(e)) ?? '' : null;
  // Ids repeat when a page keeps a hidden copy of the form (an inactive tab): the control beside the label wins.
  const near = label.parentElement?.querySelector(`[id="${id.replace(/["\\]/g, '')}"]`);
  const target = near ?? doc.getElementById(id);
  const shown = (e: Element) => vis.isVisible(e);
  return target && (controlValue(target, shown) ?? hostedControl(target, (c) => controlValue(c, shown)) ?? shortText(target));
}

const CONTROLS = 'input, select, textarea';
/** What `CONTROLS` matches, by local name: asked of every value, most of them a cell with text alone. */
const CONTROL_NAMES: ReadonlySet<string> = new Set(['input', 'select', 'textarea']);

/**
 * What a form control shows (a text field's value, a select's chosen option). Form-built records
 * (model-driven CRM forms, edit screens) print their values only there, often in a cell of their
 * own beside the label: `el` may be that cell, holding the control alone. Null when `shown` says the control is not.
 */
export function controlValue(el: Element, shown: (control: Element) => boolean): string | null {
  // A wrapper counts only when the control is all it shows: a row holding a label and a control is not a value.
  const own = CONTROL_NAMES.has(el.localName);
  const inner = own || !el.firstElementChild ? null : el.querySelectorAll(CONTROLS);
  const alone = !!inner && (shortText(el, undefined, undefined, notAdornment) ?? '') === (inner.length === 1 ? shortText(inner[0] as Element) ?? '' : '');
  // Or a date input beside its time input (split-date-time.ts).
  const control = own ? el : alone ? (inner.length === 1 ? inner[0] : splitDateTime(inner)) : null;
  // A stylesheet can hide the control inside a cell the user sees: what it holds is then not shown. ED triage and
  // admission forms take an arrival or admission as one date-and-time control ("datetime-local", an ISO value).
  return control && /^(?:text|tel|date|datetime-local|email|search|)$/i.test(control.getAttribute('type') ?? '') && shown(control) ? readValue(control) : null;
}
