/**
 * Web component libraries caption a field by a `label` attribute (`<sl-input label="Date of birth">`,
 * `<vaadin-text-field label=…>`, `<md-outlined-text-field label=…>`, an app's own `<intake-field label="DOB">`): the
 * component draws the caption itself, so the page's text holds only the value. On a custom element (a hyphen in its
 * name) the attribute names its value as an aria-label would. Never on a native element, where `label` means
 * something else (an <option>'s or <track>'s text).
 */
export function elementLabel(el: Element): string | null {
  if (!el.localName.includes('-')) return null;
  const label = el.getAttribute('label')?.trim();
  return label ? label : null;
}
