import { cleanText, INLINE_TAGS, shortText } from '../context/parse/text';
import { parseDate, splitPeriod } from '../context/parse/dates';
import { emptyReading, normalizeField } from '../context/reading';
import { identifierSystemLabel, matchLabel, SHAPE, splitInlineLabels } from '../context/generic/labels';
import { BANNER_HINT, hintWords, namesClient } from '../context/generic/hints';
import { readValue, up } from '../context/dom';

/**
 * What the reader part lends the parts it loads, by module: the build makes the shape rules part
 * take these modules from here instead of carrying a copy (scripts/shared-part.mjs reads this file's
 * imports). A part reads only the names it imports, so only those are lent (shared-lib.test.ts
 * checks every one is).
 */
export const SHARED_LIB = {
  text: { cleanText, INLINE_TAGS, shortText },
  dates: { parseDate, splitPeriod },
  reading: { emptyReading, normalizeField },
  labels: { identifierSystemLabel, matchLabel, SHAPE, splitInlineLabels },
  hints: { BANNER_HINT, hintWords, namesClient },
  dom: { readValue, up },
};
export type SharedLib = typeof SHARED_LIB;
