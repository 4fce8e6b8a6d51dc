/**
 * The control a custom element renders in its shadow root, when a label's `for` names the element itself: UI5's
 * `ui5-input`, a design system's text field. The label names the host, the value lives in the one text control inside
 * it. Only through a label's `for`: a host read for its own sake may render several controls, or a value of its own.
 */
export function hostedControl(host: Element, read: (control: Element) => string | null): string | null {
  const root = host.localName.includes('-') ? host.shadowRoot : null;
  const controls = root?.querySelectorAll('input, select, textarea');
  return controls?.length === 1 ? read(controls[0] as Element) : null;
}
