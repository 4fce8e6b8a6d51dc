import { shortText } from '../parse/text';
import { tagOf } from '../tag';
import { matchLabel } from './labels';

/**
 * A table's heading row ("Patient" across both columns of an ASP.NET DetailsView, a record's section header) sits over
 * the rows of its fields: the row after it is the next caption and its value ("Last Name | PRICE"), not the heading's
 * value. True when `next`, met after a label alone in its row, is a row led by a caption of ours.
 */
export function captionRowAfter(next: Element): boolean {
  if (tagOf(next) !== 'TR') return false;
  const lead = next.firstElementChild;
  return !!lead && next.childElementCount > 1 && !!matchLabel(shortText(lead, 60) ?? '');
}
