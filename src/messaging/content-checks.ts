import { CONTEXT_FIELDS, type ContextField, type SiteProfile } from '../context/types';
import type { ContentReply } from './replies';
import type { ContentRequest, TabCommand } from './schema';

/**
 * The content script's side of the message map: what it accepts from the background (schema.ts)
 * and what each of its requests answers (replies.ts), checked by hand because valibot itself would
 * add 2 KB gzip to the script injected into every EHR frame (main.js 4,477 → 6,475 B). Tests hold
 * each check to its valibot schema on fuzzed input: the same verdict and the same value.
 */
type Plain = Record<string, unknown>;
const FIELDS: ReadonlySet<string> = new Set(CONTEXT_FIELDS);
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);
const WEB_ORIGIN = /^https?:\/\/[^/?#\s]+$/;
const BARE = ['context/request', 'context/watch', 'reader/stop', 'site/profile-changed', 'picker/disarm'];

const isPlain = (raw: unknown): raw is Plain => typeof raw === 'object' && raw !== null;
const onlyKeys = (raw: Plain, allowed: readonly string[]) => Object.keys(raw).every((key) => allowed.includes(key));

export function parseInbound(raw: unknown): TabCommand | null {
  if (!isPlain(raw)) return null;
  const { type, field } = raw;
  if (BARE.includes(type as string) && onlyKeys(raw, ['type'])) return { type } as TabCommand;
  if (type === 'picker/arm' && onlyKeys(raw, ['type', 'field']) && typeof field === 'string' && FIELDS.has(field)) {
    return { type, field: field as ContextField };
  }
  return null;
}

/** A taught profile as SiteProfileSchema takes it; anything else is none. */
export function parseProfile(raw: unknown): SiteProfile | undefined {
  if (!isPlain(raw) || !onlyKeys(raw, ['origin', 'selectors', 'dateOrder'])) return undefined;
  const { origin, selectors, dateOrder } = raw;
  if (typeof origin !== 'string' || origin.length > 300 || !WEB_ORIGIN.test(origin)) return undefined;
  if (dateOrder !== undefined && dateOrder !== 'MDY' && dateOrder !== 'DMY') return undefined;
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

/** `{ ok }` with a boolean and nothing else (passed on as it came); anything else is no answer. */
const okAnswer = (raw: unknown) => (isPlain(raw) && onlyKeys(raw, ['ok']) && typeof raw.ok === 'boolean' ? (raw as { ok: boolean }) : undefined);
/**
 * `{ ok }` with at most one more key: the identifiers read (strings of at most 200 characters), the ids asked,
 * `resend` or `settled`.
 */
function readAnswer(raw: unknown): ContentReply<'snapshot/read'> | undefined {
  if (!isPlain(raw) || typeof raw.ok !== 'boolean') return undefined;
  const { ok, ...rest } = raw;
  const [key, ...more] = Object.keys(rest);
  if (more.length) return undefined;
  const value = key === undefined ? undefined : rest[key];
  if (key === undefined || (key === 'identifiers' && value === undefined)) return { ok };
  if (key === 'identifiers') return Array.isArray(value) && value.every((i) => typeof i === 'string' && i.length <= 200) ? { ok, identifiers: value as string[] } : undefined;
  if (key === 'ask') return Array.isArray(value) && value.every((id) => Number.isInteger(id) && id >= 0) ? { ok, ask: value as number[] } : undefined;
  if (value !== true) return undefined;
  return key === 'resend' ? { ok, resend: true } : key === 'settled' ? { ok, settled: true } : undefined;
}
const done = (raw: unknown) => (okAnswer(raw)?.ok ? (raw as { ok: true }) : undefined);

function profileAnswer(raw: unknown): ContentReply<'site/profile-get'> | undefined {
  if (!isPlain(raw) || !onlyKeys(raw, ['profile', 'adapters'])) return undefined;
  const { profile, adapters } = raw;
  const taught = profile === null ? null : parseProfile(profile);
  return taught !== undefined && Array.isArray(adapters) && adapters.every((id) => typeof id === 'string') ? { profile: taught, adapters } : undefined;
}

/** Each request's answer as replies.ts states it, or undefined when it is anything else. */
export const CONTENT_REPLY_CHECKS: { [T in ContentRequest['type']]: (raw: unknown) => ContentReply<T> | undefined } = {
  'context/report': okAnswer,
  'snapshot/read': readAnswer,
  'snapshot/piece': readAnswer,
  'adapter/load': okAnswer,
  'site/profile-get': profileAnswer,
  'picker/picked': done,
  'picker/cancelled': done,
};
