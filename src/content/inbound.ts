import * as v from 'valibot';
import { CONTEXT_FIELDS, type ContextField } from '../context/types';
import type { Message } from '../messaging/schema';

/**
 * The messages a content script acts on, validated with their own small schema: the shapes are
 * the ones in messaging/schema.ts (the type below checks that), without carrying every other
 * message's schema into each EHR frame.
 */
const field = v.picklist(CONTEXT_FIELDS as readonly [ContextField, ...ContextField[]]);
const InboundSchema = v.variant('type', [
  v.strictObject({ type: v.literal('context/request') }),
  v.strictObject({ type: v.literal('context/watch') }),
  v.strictObject({ type: v.literal('reader/stop') }),
  v.strictObject({ type: v.literal('site/profile-changed') }),
  v.strictObject({ type: v.literal('picker/arm'), field }),
  v.strictObject({ type: v.literal('picker/disarm') }),
]);

export type Inbound = v.InferOutput<typeof InboundSchema> & Message;

export function parseInbound(raw: unknown): Inbound | null {
  const result = v.safeParse(InboundSchema, raw);
  return result.success ? (result.output as Inbound) : null;
}
