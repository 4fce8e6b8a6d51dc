import { tagOf } from '../tag';

/**
 * Elements a person reads as headings though they are no <h1>-<h5>: what ARIA calls a heading, what a web component
 * slots in as its title, and the card titles of the design systems that render them as elements of their own
 * (Ionic's and Angular Material's), where a record card titles itself with its person's name.
 */
export const HEADING_LIKE = '[role="heading"], [slot="title"], [slot="heading"], ion-card-title, mat-card-title';

export function headingLike(el: Element): boolean {
  return /^H[1-5]$/.test(tagOf(el)) || el.matches(HEADING_LIKE);
}
