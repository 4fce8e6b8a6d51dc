/**
 * A bed board or a bed request keeps the field for the bed the patient is going to before there is one: "Assigned
 * bed: — pending EVS clean (7E-714)", "Bed: Pending", "Room: TBD", "Unit: not yet assigned", "Awaiting bed". The
 * value says no place is given yet (a dash standing for the empty value, then why), and the number in it is
 * a bed being cleaned or offered, not where the patient is. Read as the location, it outranked the patient's
 * real bed printed elsewhere and was wrong.
 */
export const PENDING_PLACE = /^(?:[-–—]\s*(?:pending|awaiting|tbd|tba|none|not)\b|(?:pending|awaiting|tbd|tba|unassigned|not (?:yet )?assigned|none assigned|no bed)\b)/i;
