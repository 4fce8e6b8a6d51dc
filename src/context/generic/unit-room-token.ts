import type { LabelRule } from './labels';

/**
 * Nursing banners print the bed without a caption, as the unit's floor and wing, the room and perhaps the bed
 * ("4E-402", "3W.308-1", "6N-614-A", "5W-502"), among the patient's other unlabelled facts. That shape is a
 * place: record numbers start with letters or are all digits, and a floor with its wing letter does not number
 * a person. Only a whole token of a banner line is read so.
 */
const UNIT_ROOM = /^\d{1,2}[A-Z]{1,3}[-.]\d{2,4}(?:-[A-Z0-9]{1,2})?$/;

export const UNIT_ROOM_SHAPE: LabelRule = { field: 'location', re: /^$/ };

export const unitRoomToken = (t: string): boolean => UNIT_ROOM.test(t);
