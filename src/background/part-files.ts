import reader from '../content/parts/reader.ts?script&iife';
import teach from '../content/parts/teach.ts?script&iife';
import structured from '../content/parts/structured.ts?script&iife';
import more from '../content/parts/more.ts?script&iife';
import cued from '../content/parts/cued.ts?script&iife';
import type { PartId } from '../content/parts/scope';

/** Parts of the content script injected on request into the one frame that needs them. */
export const PART_FILES: Readonly<Record<PartId, string>> = {
  reader,
  teach,
  structured,
  more,
  cued,
};
