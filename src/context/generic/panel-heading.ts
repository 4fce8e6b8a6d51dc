/**
 * A UI framework's panel title is a div, not an h-element: Bootstrap's "panel-heading" and "card-header", a portlet's
 * or widget's "title", or any element with role=heading. It names whose details the panel holds as a heading does
 * ("Assigned Interpreter", "Primary Care Provider" over a table of Name and Phone rows).
 */
const PANEL_HEAD = /(?:^|[\s_-])(?:panel|card|box|widget|portlet)[-_]?(?:heading|header|title)(?:$|[\s_-])/i;

export function panelHeading(el: Element): boolean {
  return el.getAttribute('role') === 'heading' || PANEL_HEAD.test(el.getAttribute('class') ?? '');
}
