import { readLine, readProse, tokensOf } from './generic/line';
import { commonRegion, hasPeopleTable, looksLikeShownName, nameNear } from './generic/labelled';
import type { OnDemand } from './reading';

/**
 * The generic reader's rules for what pages show without labels: banner lines and document
 * summaries read by shape, the name beside the record, tables that list people. A frame whose page
 * has no such text never needs them, so the content script loads them on first need (a part);
 * everywhere else they are built in.
 */
export const SHAPES = { readLine, readProse, tokensOf, commonRegion, hasPeopleTable, looksLikeShownName, nameNear };
export type Shapes = typeof SHAPES;

export const BUILT_IN_SHAPES: OnDemand<Shapes> = { now: () => SHAPES, load: () => Promise.resolve(SHAPES) };
