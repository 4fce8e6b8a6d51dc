/**
 * A header line gives the signed-in user and where they work: "User: KMOSS  Dept: ADMITTING", "Logged in as: jdoe
 * Location: 3 EAST". A place labelled right after the user's label is the user's department or workstation, never
 * where the client is.
 */
const USER_LABEL = /^(?:user(?: ?(?:name|id))?|logged in(?: as)?|signed in(?: as)?|operator|opr|oper)\s*:?$/i;

export function userLabel(label: string): boolean {
  return USER_LABEL.test(label.trim());
}
