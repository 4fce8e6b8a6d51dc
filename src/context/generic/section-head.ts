import { tagOf } from '../tag';

const HEADING_TAGS = /^(?:H\d|CAPTION|LEGEND|SUMMARY|B|STRONG)$/;
/** The slots design systems give a collapsible's or a card's title (Vaadin's details, Shoelace's card, Ionic's item divider). */
const HEADING_SLOT = /^(?:summary|heading|header|title)$/i;

/**
 * Whether `head`, the first child of a block, titles that block: a heading, a table's caption, a fieldset's legend, a
 * disclosure's <summary>, a bold lead, or the element a web component slots in as its title (`<div slot="summary">`),
 * which shows where a <summary> would.
 */
export function headsSection(head: Element): boolean {
  return HEADING_TAGS.test(tagOf(head)) || HEADING_SLOT.test(head.getAttribute('slot') ?? '');
}
