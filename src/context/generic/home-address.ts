/**
 * A street address ("1180 Alder St Apt 4C", "22 N. Wren Avenue, Unit 5") is where a client lives: a housing programme's
 * scattered-site unit, a home visit's home. It is no ward, room or bed of a stay, so it is never read as the location
 * (a facility's name, "Maple Court 117-A", starts with no house number).
 */
const STREET = '(?:st|street|ave|avenue|rd|road|way|blvd|boulevard|dr|drive|ln|lane|ct|court|pl|place|ter|terrace|pkwy|parkway|hwy|highway|cir|circle)';
export const STREET_ADDRESS = new RegExp(`^\\d{1,6}[A-Z]?\\s+(?:[NSEW]\\.?\\s+)?(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,4}${STREET}\\.?(?:$|[\\s,#])`, 'iu');
