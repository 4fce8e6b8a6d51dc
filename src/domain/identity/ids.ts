/** Random ids, never derived from PHI, so an id can appear in logs or messages harmlessly. */
export function newId(): string {
  return crypto.randomUUID();
}
