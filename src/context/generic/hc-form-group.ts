import { shortText } from '../parse/text';
import { CODED_ANSWER } from './hc-coded-answer';

/** A name's part by the caption of its field in a group ("First", "MI", "Last", "Suffix"). */
const PARTS: readonly [RegExp, number][] = [[/^(?:first|given)\b/i, 0], [/^(?:m\.?i\.?|middle)\b/i, 1], [/^(?:last|family|surname)\b/i, 2], [/^suffix\b/i, 3]];

/**
 * The value of a field label whose value is a group of captioned controls, as assessment forms print
 * them (OASIS "(M0040) Patient Name: First [ ] MI [ ] Last [ ] Suffix [ ]", "(M0069) Gender: (•) 1 - Male
 * ( ) 2 - Female"): the group's text is its captions alone, a "name" no one has, or every option. A
 * name is its parts' values in order (null unless the given and the family name are filled and every
 * field's caption is a part's); a choice is its checked option's caption ('' when none is checked,
 * so nothing is read); null when the group is neither, and the value reads as before.
 */
export function captionedControls(group: Element, field: 'name' | 'sex', shown: (e: Element) => boolean): string | null {
  const captionOf = (input: Element): string => {
    // A label tied to the control by its id comes first: one printed after its radio ("<input id=f> <label for=f>Female</label>")
    // would otherwise lose to the previous option's label before it.
    const id = input.getAttribute('id');
    const tied = id ? Array.from(group.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === id) : undefined;
    // Or a caption of another tag right before the control ("<span>First</span> <input>"): only a part's caption counts below.
    const before = input.previousElementSibling;
    const label = input.closest('label') ?? tied ?? (before && !before.querySelector('input, select, textarea') ? before : null);
    return (label && shortText(label, 40)) ?? '';
  };
  if (field === 'sex') {
    const own = group.localName === 'label' ? group.querySelector('input[type="radio"]') : null;
    const scope = own?.getAttribute('name') && group.parentElement ? group.parentElement : group;
    const radios = Array.from(scope.querySelectorAll('input[type="radio"]')).filter((r) => !own || r.getAttribute('name') === own.getAttribute('name'));
    if (radios.length < 2) return null;
    const checked = radios.find((r) => (r as HTMLInputElement).checked && shown(r));
    // Or the bare text right after it: data entry forms (REDCap) print "<input type=radio> Male" with no label element.
    return checked ? (captionOf(checked) || textAfter(checked)).replace(CODED_ANSWER, '') : '';
  }
  const inputs = Array.from(group.querySelectorAll('input')).slice(0, 7);
  if (inputs.length < 2 || inputs.length > 6) return null;
  const parts: string[] = [];
  for (const input of inputs) {
    const part = PARTS.find(([re]) => re.test(captionOf(input)))?.[1];
    if (part === undefined) return null;
    const v = shown(input) ? (input as HTMLInputElement).value.trim() : '';
    if (v) parts[part] = v;
  }
  return parts[0] && parts[2] ? parts.filter(Boolean).join(' ') : null;
}

/** The text node right after a control, up to the next element, when it is short enough to be a choice's caption. */
function textAfter(input: Element): string {
  const next = input.nextSibling;
  const text = next && next.nodeType === 3 ? (next.nodeValue ?? '').trim() : '';
  return text.length <= 40 ? text : '';
}
