import { fromEncounter } from './generic/encounter';
import { commonRegion } from './generic/region';

/**
 * The shape rules few frames need: the stay from a record export's Encounter entry, the region
 * several banners share. A typical patient frame needs neither: the content script loads them as a
 * part of their own when a reading first asks (src/content/parts/more.ts; 7 of 87 corpus frames do).
 */
export const MORE_SHAPES = { fromEncounter, commonRegion };
export type MoreShapes = typeof MORE_SHAPES;
