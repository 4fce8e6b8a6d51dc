import { completeAdapterReading } from './generic/adapter-completion';
import { withStructured } from './generic/weigh';
import { commonRegion } from './generic/region';

/**
 * The shape rules few frames need: weighing two readings of one page (structured data beside the
 * visible reading, an adapter's reading beside the generic one or its block's), completing an
 * adapter's reading from its block and the record's Encounter entry, the region several banners
 * share. A frame the generic reader reads from what it shows needs none of them: the content script
 * loads them as a part of their own when a reading first asks (src/content/parts/more.ts; on the
 * corpus, adapter and structured-data frames and a few others, 18 of 87).
 */
export const MORE_SHAPES = { completeAdapterReading, commonRegion, withStructured };
export type MoreShapes = typeof MORE_SHAPES;
