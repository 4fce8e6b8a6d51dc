/**
 * The HL7 CDA stylesheet 4.x prints a coded value as its display text, then " - " and the code's original
 * text ("Male - Male", "Female - F"). When every part names the same sex, that sex is the value; parts that
 * disagree are no reading of ours to settle.
 */
const SPACED_DASH = /\s+[-–—]\s+/;

export function codedSexEcho(value: string, sexCode: (part: string) => string | null): string | null {
  const parts = value.split(SPACED_DASH);
  if (parts.length < 2) return null;
  const codes = parts.map(sexCode);
  return codes.every((code) => code !== null && code === codes[0]) ? codes[0]! : null;
}
