/**
 * Model-driven record forms title the record with its name and print the form's save state after it, in
 * an element of its own inside the same heading ("<h1>Jane Doe<span>- Saved</span></h1>", "- Unsaved",
 * "- Read-only"): the heading's text runs them together ("Jane Doe- Saved"). The state is never part of
 * a name: the name without it.
 */
const STATE = /\s*[-–—]\s*(?:saved|unsaved|saving|read[- ]only|unsaved changes)\.*\s*$/i;

export function withoutSaveState(text: string): string {
  return text.replace(STATE, '');
}
