import { completeAdapterReading } from './generic/adapter-completion';
import { withStructured } from './generic/weigh';
import { commonRegion } from './generic/region';
import { hasPeopleTable } from './generic/people-table';
import { titledRegion } from './generic/titled-region';
import { sexUnderName } from './generic/crm-subtitle';
import { fullerName } from './generic/full-name';
import { sexInDetails } from './generic/crm2-details-sex';
import { unitAndBed } from './generic/ip-unit-bed';
import { oneNamedBanner } from './generic/am-one-named-banner';
import { bodyHeading } from './generic/body-region';
import { chosenPhone } from './generic/gp-phone-choice';
import { whichStay } from './generic/st-stays';

/**
 * The shape rules few patient frames need: weighing two readings of one page (structured data
 * beside the visible reading, an adapter's reading beside the generic one or its block's),
 * completing an adapter's reading from its block and the record's Encounter entry, the region
 * several banners share (or the one the window's title names, or the one beside the only name when the others repeat its
 * identity, or the one name heading of a bare page under <body>), whether a page without a banner lists people in a table, the sex a
 * subtitle under the name gives, which of several phones labelled below a banner is the client's. A frame the
 * generic reader reads from a banner needs none of them: the content script loads them as a part of
 * their own when a reading first asks (src/content/parts/more.ts; on the corpus, adapter and
 * structured-data frames, lists and a few others: 35 of 87 frames, 19 of the 65 showing a client).
 */
export const MORE_SHAPES = { completeAdapterReading, commonRegion, titledRegion, withStructured, hasPeopleTable, sexUnderName, fullerName, sexInDetails, unitAndBed, oneNamedBanner, chosenPhone, whichStay, bodyHeading };
export type MoreShapes = typeof MORE_SHAPES;
