import { shortText } from '../parse/text';
import { lineSignals } from './line';

/**
 * A provider's, a payer's or a place's chip in the client's own block (a chart banner's "PCP: Dr. X ·
 * Ins: …") is followed by the client's own contact line ("M: (555) …"): the block is the client's when it
 * holds a line of their identity values before that chip, and a mobile, cell or home line is a person's own,
 * never an office's. A relative's or a contact's chip keeps its phone (a person has a mobile too).
 */
const PERSONAL_LINE = /^\s*(?:m|c|h|mob(?:ile)?|cell(?:ular)?|home)(?: ?(?:phone|ph|tel|#))?\s*:/i;
const PROVIDER_OR_PLACE = /^\s*(?:pcp|primary care|provider|physician|attending|doctor|dr\.?|ins(?:urance)?\.?|payer|plan|coverage|facility|pharmacy|practice|clinic|dept\.?|department)\b/i;

export function ownContactLine(el: Element, chip: Element, label: string): boolean {
  if (!PROVIDER_OR_PLACE.test(label) || !PERSONAL_LINE.test(shortText(el, 80) ?? '')) return false;
  if (chip.parentElement !== el.parentElement) return false;
  for (let sib = chip.previousElementSibling, n = 0; sib && n < 6; sib = sib.previousElementSibling, n++) if (lineSignals(shortText(sib, 120) ?? '') >= 2) return true;
  return false;
}
