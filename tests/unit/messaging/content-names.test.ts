import { describe, expect, it } from 'vitest';
import { CONTENT_PROPERTY_NAMES } from '../../../scripts/content-names.mjs';
import { MessageSchema } from '../../../src/messaging/schema';
import { CONTENT_REPLIES, TAB_REPLIES } from '../../../src/messaging/replies';

type Node = Record<string, unknown>;

/** Every object key a valibot schema tree names (objects, variants, unions, wrappers, arrays, records, pipes). */
function keysOf(schema: unknown, seen = new Set<unknown>(), keys = new Set<string>()): Set<string> {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return keys;
  seen.add(schema);
  const node = schema as Node;
  if (node.entries && typeof node.entries === 'object') for (const key of Object.keys(node.entries)) keys.add(key);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) keysOf(item, seen, keys);
    else if (value && typeof value === 'object') keysOf(value, seen, keys);
  }
  return keys;
}

describe('content property names the build shortens', () => {
  it('finds the keys of a known message (the walk reaches into variants and wrappers)', () => {
    const keys = keysOf(MessageSchema);
    expect(keys).toContain('type');
    expect(keys).toContain('field');
    expect(keysOf(TAB_REPLIES)).toContain('reading');
  });

  // A shortened name in a message would arrive as a short key the boundary's schema rejects.
  it('never names a field of a message or a reply', () => {
    const messageKeys = new Set([...keysOf(MessageSchema), ...keysOf(CONTENT_REPLIES), ...keysOf(TAB_REPLIES)]);
    expect(CONTENT_PROPERTY_NAMES.filter((name) => messageKeys.has(name))).toEqual([]);
  });
});
