import { expect, it } from 'vitest';
import { matchLabel } from '../../../src/context/generic/labels';

/** VistA's "Room-Bed" labels the place as "Room/Bed" does (labels.ts). */
it('reads a hyphenated room and bed label as the location', () => {
  for (const label of ['Room-Bed', 'Room-Bed:', 'Ward - Room', 'Room/Bed']) expect(matchLabel(label)?.field, label).toBe('location');
});
