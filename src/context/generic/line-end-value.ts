/**
 * A value read from an element's whole text, cut where its line ends: text read whole joins a line's end to the next
 * line's start, so a value without a caption after it to stop it runs on into the next line ("5d1c-77a0-4e12 Case"
 * from "HMIS ID 5d1c-77a0-4e12<br>Case worker Emeric Szabó"). The value as it stands when one line holds it; null when
 * no line holds its start.
 */
export function toLineEnd(raw: string, lines: readonly string[]): string | null {
  if (lines.some((line) => line.includes(raw))) return raw;
  const start = raw.slice(0, 6);
  for (const line of lines) {
    const at = line.indexOf(start);
    if (at >= 0 && raw.startsWith(line.slice(at))) return line.slice(at);
  }
  return null;
}
