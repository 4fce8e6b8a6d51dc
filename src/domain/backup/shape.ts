/**
 * A tiny structural validator for untrusted JSON (backup files): the domain takes no schema
 * library. A check returns undefined when the value fits, else where and why it does not.
 */
export type Check = (value: unknown) => string | undefined;

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export const str =
  (max: number, pattern?: RegExp): Check =>
  (x) =>
    typeof x !== 'string' ? 'not text' : x.length > max ? 'too long' : pattern && !pattern.test(x) ? 'malformed' : undefined;

export const finite: Check = (x) => (typeof x === 'number' && Number.isFinite(x) ? undefined : 'not a number');

export const intAtLeast =
  (min: number): Check =>
  (x) =>
    typeof x === 'number' && Number.isInteger(x) && x >= min ? undefined : `not a whole number ≥ ${min}`;

export const bool: Check = (x) => (typeof x === 'boolean' ? undefined : 'not true/false');

export const literal =
  (value: unknown): Check =>
  (x) =>
    x === value ? undefined : `not ${String(value)}`;

export const oneOf =
  (...values: readonly string[]): Check =>
  (x) =>
    typeof x === 'string' && values.includes(x) ? undefined : 'not an allowed value';

export const list =
  (item: Check, max: number): Check =>
  (x) => {
    if (!Array.isArray(x)) return 'not a list';
    if (x.length > max) return 'too many entries';
    for (let i = 0; i < x.length; i++) {
      const problem = item(x[i]);
      if (problem) return `${i}: ${problem}`;
    }
    return undefined;
  };

/** Text keys to values of one kind (selectors by field). */
export const dict =
  (value: Check, max: number): Check =>
  (x) => {
    if (!isPlainObject(x)) return 'not an object';
    const entries = Object.entries(x);
    if (entries.length > max) return 'too many entries';
    for (const [key, v] of entries) {
      const problem = value(v);
      if (problem) return `${key}: ${problem}`;
    }
    return undefined;
  };

export interface Fields {
  [key: string]: Check;
}

/**
 * An object with `required` and `optional` fields of the given kinds. `exact` refuses any other
 * key; otherwise other keys are allowed and kept as they are.
 */
export const obj =
  (required: Fields, optional: Fields = {}, exact = false): Check =>
  (x) => {
    if (!isPlainObject(x)) return 'not an object';
    for (const [key, check] of Object.entries(required)) {
      if (!(key in x)) return `${key}: missing`;
      const problem = check(x[key]);
      if (problem) return `${key}: ${problem}`;
    }
    for (const [key, check] of Object.entries(optional)) {
      if (x[key] === undefined) continue;
      const problem = check(x[key]);
      if (problem) return `${key}: ${problem}`;
    }
    if (exact) {
      const extra = Object.keys(x).find((key) => !(key in required) && !(key in optional));
      if (extra !== undefined) return `${extra.slice(0, 50)}: not expected`;
    }
    return undefined;
  };
