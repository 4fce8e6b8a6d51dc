import type { LabelRule } from './labels';

/**
 * An observation stay opened from the emergency department: clinical decision unit and case management screens date
 * it by when observation started ("Observation start", "Obs admit", "Placed in observation"), printed beside the
 * earlier ED arrival. That start is the stay's admission (the ED arrival yields to it, ed-arrival-yields.ts); without
 * these labels the arrival was read as the admission.
 */
const WHEN = '(?: ?(?:date|dt))?(?: ?(?:\\/|and|&)? ?time)?';

export const OBSERVATION_LABEL_RULES: readonly LabelRule[] = [
  { field: 'admitDate', re: new RegExp(`^(?:observation|obs\\.?) (?:start(?:ed)?|began|begin|admit(?:ted)?|admission|placement|placed)${WHEN}$|^placed in (?:observation|obs\\.?)${WHEN}$`) },
];
