/**
 * A strip of header tiles prints each value above its caption ("MR-55012 / Medical Record Number · --- /
 * Birth Date · 11/28/2026 / Admission Date"): read as one line, its tokens run value, caption, value,
 * caption, and a caption's next token is the next tile's value (an empty birth date's "---" followed by
 * the admission date). A line that starts with a value and ends with a caption is such a strip: its
 * captions are read from the tiles (crm-caption.ts, scr-caption-wrapper.ts), never from the line.
 */
export function captionsUnder(tokens: string[], isLabel: (t: string) => boolean): boolean {
  return tokens.length > 3 && !isLabel(tokens[0] as string) && isLabel(tokens[tokens.length - 1] as string);
}
