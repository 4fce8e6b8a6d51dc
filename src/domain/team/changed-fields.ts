/**
 * The fields a patch really changes. A form saves every field it shows; queueing them all would
 * push this device's stale copies over a colleague's corrections of other fields.
 */
export function changedFields(current: object, patch: object): string[] {
  const before = current as Record<string, unknown>;
  return Object.entries(patch)
    .filter(([field, value]) => !sameValue(before[field], value))
    .map(([field]) => field);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  return keys.length === otherKeys.length && keys.every((key) => sameValue(left[key], right[key]));
}
