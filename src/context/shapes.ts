import { readLine, readProse, tokensOf } from './generic/line';
import { conflict, merge, samePerson, shownOnPage, strength } from './generic/index';
import { fromBlock } from './generic/encounter';
import { readStayProse } from './generic/stay-prose';
import { stayTable } from './generic/stay-table';
import { mononymIn } from './generic/mononym';
import { identityProse } from './generic/prose-identity';
import { afterOthers, othersLabel } from './generic/others';
import { commonRegion, dedupeLines, hasPeopleTable, listLines, looksLikeShownName, nameNear } from './generic/labelled';
import type { OnDemand } from './reading';

/**
 * The generic reader's rules for what pages show without labels: banner lines and document
 * summaries read by shape (and which of those lines list people; a sentence giving a whole identity), the stay written in sentences or in a table's one row, whose a phone is, the name beside the record (one word where a whole identity stands beside it), tables
 * that list people, the client's Encounter entry in a whole-record export, whether the page shows a person its data names, how two readings of one page
 * are weighed and merged. The content script's reader part carries them (nearly every page it
 * reads needs them; src/content/parts/reader.ts).
 */
export const SHAPES = { readLine, readProse, identityProse, tokensOf, dedupeLines, listLines, commonRegion, hasPeopleTable, looksLikeShownName, nameNear, mononymIn, shownOnPage, conflict, merge, samePerson, strength, fromBlock, readStayProse, stayTable, othersLabel, afterOthers };
export type Shapes = typeof SHAPES;

export const BUILT_IN_SHAPES: OnDemand<Shapes> = { now: () => SHAPES, load: () => Promise.resolve(SHAPES) };
