/**
 * A web component's header renders from its shadow root: the name heading sits beside the fields there
 * (`<ehr-banner>#shadow-root <h1>…</h1><dl>…</dl>`), not among the host's light children, which a
 * selector on the host alone would search. Looking around a field for its name, a host's level is its
 * open shadow tree first (what it renders), then its light children.
 */
export function renderedMatches(region: Element, selector: string): Element[] {
  const shadow = (region as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  const own = Array.from(region.querySelectorAll(selector));
  return shadow ? [...Array.from(shadow.querySelectorAll(selector)), ...own] : own;
}
