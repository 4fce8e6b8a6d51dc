/**
 * A North American number written whole, its area code and a dash or dot before the last four digits ("(505) 555-0133",
 * "505.555.0133"), ends there: digits after a space are the next thing printed (a street number on the next line of a
 * contact cell, "(505) 555-0133<br>1420 Calle Alegre"), never more of the number. Extensions keep their "x" or "ext".
 */
const WHOLE_NANP = /^(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[-.]\d{4}(?=\s+\d)/;

export function wholeNanp(phone: string): string | null {
  return WHOLE_NANP.exec(phone)?.[0] ?? null;
}
