import teach from '../content/parts/teach.ts?script&iife';
import type { PartId } from '../content/parts/scope';

/** Parts of the content script injected on request into the one frame that needs them. */
export const PART_FILES: Readonly<Record<PartId, string>> = { teach };
