const FAX = /\bfax\b/i;

/**
 * A line giving a fax number beside its phone is an office's: letterheads, clinics and agencies print "Tel … · Fax …",
 * while a client's own numbers come without one. Its phone is the office's, never the client's.
 */
export function officeLine(text: string): boolean {
  return FAX.test(text);
}
