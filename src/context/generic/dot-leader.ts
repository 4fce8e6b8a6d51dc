/**
 * Host screens (3270, 5250 and roll-and-scroll terminals, and the web front ends that show them) pad a caption to its
 * column with dots: "PT NAME....: ", "DOB........:", "HOME PHONE.:", IBM i's "Birth date  . . . . . :". The dots are
 * the screen's layout, not the caption's words. Every label spelling that may end in a dot of its own ("Adm.", "D.O.B.",
 * "No.") also matches without it, so a caption loses its trailing dots; but one dot after a word of two letters is
 * that word's own: "Mr." is a title, and without its dot it would be the record number's "MR".
 */
const LEADER = /(?:\s*\.){2,}$|(?<=[a-z]{3})\.$/;

export function withoutLeader(key: string): string {
  return key.replace(LEADER, '');
}
