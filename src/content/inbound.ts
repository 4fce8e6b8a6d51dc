import { CONTEXT_FIELDS, type ContextField, type SiteProfile } from '../context/types';
import type { Message } from '../messaging/schema';

/**
 * What a content script accepts from the background, checked by hand: the shapes are exactly those
 * of messaging/schema.ts (tests hold these checks to the valibot schemas on fuzzed input), without
 * carrying a schema library into every EHR frame.
 */
const BARE = ['context/request', 'context/watch', 'reader/stop', 'site/profile-changed', 'picker/disarm'] as const;
type InboundType = (typeof BARE)[number] | 'picker/arm';
export type Inbound = Extract<Message, { type: InboundType }>;

const FIELDS: ReadonlySet<string> = new Set(CONTEXT_FIELDS);
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);
const WEB_ORIGIN = /^https?:\/\/[^/?#\s]+$/;

type Plain = Record<string, unknown>;
const isPlain = (raw: unknown): raw is Plain => typeof raw === 'object' && raw !== null;
const onlyKeys = (raw: Plain, allowed: readonly string[]) => Object.keys(raw).every((key) => allowed.includes(key));

export function parseInbound(raw: unknown): Inbound | null {
  if (!isPlain(raw) || !Object.hasOwn(raw, 'type')) return null;
  const { type, field } = raw;
  if ((BARE as readonly unknown[]).includes(type) && onlyKeys(raw, ['type'])) return { type } as Inbound;
  if (type === 'picker/arm' && onlyKeys(raw, ['type', 'field']) && typeof field === 'string' && FIELDS.has(field)) {
    return { type, field: field as ContextField };
  }
  return null;
}

/** A taught profile as the background answers it (SiteProfileSchema); anything else is none. */
export function parseProfile(raw: unknown): SiteProfile | undefined {
  if (!isPlain(raw) || !onlyKeys(raw, ['origin', 'selectors', 'dateOrder'])) return undefined;
  const { origin, selectors, dateOrder } = raw;
  if (typeof origin !== 'string' || origin.length > 300 || !WEB_ORIGIN.test(origin)) return undefined;
  if (Object.hasOwn(raw, 'dateOrder') && dateOrder !== undefined && dateOrder !== 'MDY' && dateOrder !== 'DMY') return undefined;
  if (!isPlain(selectors) || Array.isArray(selectors)) return undefined;
  const taught: SiteProfile['selectors'] = {};
  for (const [key, value] of Object.entries(selectors)) {
    // As valibot's record does: keys that could reach a prototype are dropped, not judged.
    if (UNSAFE_KEYS.has(key)) continue;
    if (!FIELDS.has(key)) return undefined;
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > 500) return undefined;
    taught[key as ContextField] = value;
  }
  return { origin, selectors: taught, ...(dateOrder === undefined ? {} : { dateOrder: dateOrder as SiteProfile['dateOrder'] }) };
}
