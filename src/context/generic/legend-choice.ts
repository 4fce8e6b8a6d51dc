import { captionedControls } from './hc-form-group';

/**
 * A fieldset's legend captions its radio group ("<fieldset><legend>Sex</legend><input type=radio> <label>Male</label>
 * …"), as registration forms print a choice: the legend's value is the checked option's caption, not the text after
 * the legend (the first option's). '' when none is checked, so nothing is read; null when the label is no legend.
 */
export function legendChoice(el: Element, field: string | null, shown: (e: Element) => boolean): string | null {
  const group = el.parentElement;
  if (field !== 'sex' || el.localName !== 'legend' || group?.localName !== 'fieldset') return null;
  return captionedControls(group, 'sex', shown);
}
