import type { LabelRule } from './labels';

/**
 * Dental and practice systems print the chart number as a chip of its own with no colon ("Chart 0047219",
 * "Chart LINDMA0" beside "Acct 3318"): "Chart" alone labels nothing (a tab, a menu item), but followed within the
 * token by one word holding a digit (a number, or a practice's letters-and-digit code) and nothing else it captions
 * the record number. A date after it is no number ("Chart 12/03/2026" dates a chart note).
 */
const ID = /^[A-Za-z]{0,6}-?\d[\w-]{2,19}$/;

export function bareChartToken(rule: LabelRule, raw: string): boolean {
  return rule.field === 'mrn' && ID.test(raw) && !/^\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(raw);
}
