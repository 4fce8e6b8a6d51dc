import { readLine, readProse, tokensOf } from './generic/line';
import { readStayProse } from './generic/stay-prose';
import { stayTable } from './generic/stay-table';
import { mononymIn } from './generic/mononym';
import { identityProse } from './generic/prose-identity';
import { afterOthers, othersLabel } from './generic/others';
import { dedupeLines, listLines, looksLikeShownName, nameNear } from './generic/labelled';
import { MORE_SHAPES, type MoreShapes } from './more-shapes';
import { emptyReading, put, type OnDemand } from './reading';
import { shortText } from './parse/text';

/**
 * The generic reader's rules for what pages show without labels: banner lines and document
 * summaries read by shape (and which of those lines list people; a sentence giving a whole identity),
 * the stay written in sentences or in a table's one row, whose a phone is, the name beside the record
 * (one word where a whole identity stands beside it). The content script's
 * reader part carries them (nearly every page it reads needs them; src/content/parts/reader.ts);
 * `more` are the rules few frames need, loaded on first need (more-shapes.ts).
 */
export const CORE_SHAPES = {
  readLine, readProse, identityProse, tokensOf, dedupeLines, listLines, looksLikeShownName, nameNear, mononymIn, readStayProse, stayTable, othersLabel, afterOthers,
  // Lent to the structured-data part, which borrows the reader's parsers and text reader instead of carrying copies.
  put, emptyReading, shortText,
};
export type Shapes = typeof CORE_SHAPES & { more: OnDemand<MoreShapes> };

/** Every rule built in, for a reader that is not split into parts (extract.ts, tests). */
export const SHAPES: Shapes = { ...CORE_SHAPES, more: { now: () => MORE_SHAPES, load: () => Promise.resolve(MORE_SHAPES) } };
export const BUILT_IN_SHAPES: OnDemand<Shapes> = { now: () => SHAPES, load: () => Promise.resolve(SHAPES) };
