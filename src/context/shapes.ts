import { readLine, readProse, tokensOf } from './generic/line';
import { readStayProse } from './generic/stay-prose';
import { stayTable } from './generic/stay-table';
import { afterOthers, inOthersSection, othersLabel } from './generic/others';
import { dedupeLines, listLines, looksLikeShownName, nameFrom, nameNear } from './generic/labelled';
import { MORE_SHAPES, type MoreShapes } from './more-shapes';
import { CUED_SHAPES, type CuedShapes } from './cued-shapes';
import { emptyReading, put, type OnDemand } from './reading';
import { shortText } from './parse/text';
import { matchLabel, SHAPE } from './generic/labels';
import { BANNER_HINT, hintWords, namesClient } from './generic/hints';

/**
 * The generic reader's rules for what pages show without labels: banner lines and document
 * summaries read by shape (and which of those lines list people), the stay written in sentences or
 * in a table's one row, whose a phone is, the name beside the record. `more` are the rules few
 * pages need (more-shapes.ts), and `cued` those a page's words call for (cued-shapes.ts): once
 * content-script parts loaded on demand, all in the reading page since the reader split
 * (docs/reader-split.md), where `load` answers at once.
 */
export const CORE_SHAPES = {
  readLine, readProse, tokensOf, dedupeLines, listLines, looksLikeShownName, nameNear, readStayProse, stayTable, othersLabel, afterOthers, inOthersSection,
  // Lent to the structured-data part and the rules a page's words call for (cued-shapes.ts), which borrow the reader's
  // parsers, label rules and text reader instead of carrying copies.
  put, emptyReading, shortText, matchLabel, SHAPE, BANNER_HINT, hintWords, namesClient, nameFrom,
};
export type Shapes = typeof CORE_SHAPES & { more: OnDemand<MoreShapes>; cued: OnDemand<CuedShapes> };

/** Every rule built in, for a reader that is not split into parts (extract.ts, tests). */
export const SHAPES: Shapes = {
  ...CORE_SHAPES,
  more: { now: () => MORE_SHAPES, load: () => Promise.resolve(MORE_SHAPES) },
  cued: { now: () => CUED_SHAPES, load: () => Promise.resolve(CUED_SHAPES) },
};
export const BUILT_IN_SHAPES: OnDemand<Shapes> = { now: () => SHAPES, load: () => Promise.resolve(SHAPES) };
