/**
 * Host screens (3270, 5250 and roll-and-scroll terminals, and the web front ends that show them) pad a caption to its
 * column with dots: "PT NAME....: ", "DOB........:", "HOME PHONE.:", IBM i's "Birth date  . . . . . :". The dots are
 * the screen's layout, not the caption's words. Every label spelling that may end in a dot of its own ("Adm.", "D.O.B.",
 * "No.") also matches without it, so a caption loses its trailing dots whatever they are.
 */
const LEADER = /(?:\s*\.)+$/;

export function withoutLeader(key: string): string {
  return key.replace(LEADER, '');
}
