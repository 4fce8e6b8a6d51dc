import { tagOf } from '../tag';

/**
 * A heading (alone or in a wrapper of its own) titles what follows it, never a value printed above it, and a menu or a
 * navigation list ("Recent patients") is no field's value: a chart's "<h2>Encounter</h2>" under a recent-patients menu
 * had taken another patient's birth date as the client's admission. Asked by the rules that read a value above its
 * caption (pairs.ts, crm-caption.ts, scr-caption-wrapper.ts).
 */
export function nothingAbove(label: Element, value: Element): boolean {
  return /^H\d$/.test(tagOf(label.firstElementChild ?? label)) || value.closest('nav, [role="navigation"], [role="menu"], [role="menubar"], [role="listbox"]') !== null;
}
