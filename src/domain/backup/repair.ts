import * as v from 'valibot';
import { RECORD_SCHEMAS, type StoreName, type StoreRecords } from '../../model/records';

/**
 * A record made to fit its schema by dropping what does not fit, where dropping is allowed: an
 * unknown field, an optional field with a bad value (at any depth: a chart address from another
 * site). Undefined when a required field is at fault: only the user can say what belongs there.
 */
export function repairedRecord<S extends StoreName>(store: S, record: StoreRecords[S]): StoreRecords[S] | undefined {
  const draft = structuredClone(record) as Record<string, unknown>;
  const dropped = new Set<string>();
  for (let round = 0; round < 100; round++) {
    const result = v.safeParse(RECORD_SCHEMAS[store], draft);
    if (result.success) return result.output as StoreRecords[S];
    const path = result.issues[0].path ?? [];
    const last = path.at(-1);
    const where = path.map((item) => String(item.key)).join('.');
    // Dropping it again would not help: it is required (or an item of a list that is).
    if (!last || typeof last.key !== 'string' || dropped.has(where)) return undefined;
    dropped.add(where);
    // The issue's own objects are the schema's copies: find the field in the draft by its path.
    const parent = path.slice(0, -1).reduce<unknown>((node, item) => (node as Record<PropertyKey, unknown> | undefined)?.[item.key as PropertyKey], draft);
    if (typeof parent !== 'object' || parent === null) return undefined;
    delete (parent as Record<string, unknown>)[last.key];
  }
  return undefined;
}
