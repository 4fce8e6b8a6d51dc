/**
 * Pronouns printed after the client's name ("Jordan Park (they/them)", "Beatriz Olowe (she/her)"), as
 * behavioural-health records show them beside the heading: no part of the name, and lower case, so a
 * heading holding them did not read as a name.
 */
export const PRONOUNS = /\s*\((?:she|he|they|ze|xe|ey|fae)\/[a-z/]+\)/gi;
