import * as v from 'valibot';
import { SiteProfileSchema } from '../model/context';
import { text } from '../model/values';
import type { ContentRequest, TabCommand } from './schema';

/**
 * What each request answers, checked where the answer arrives like any message: an answer of
 * another shape (a failed handler answers `{ error }`) is an error at the sender, never data.
 * One map per direction, so a content script does not carry the panel's answers (records:
 * page-replies.ts).
 */
export const ok = v.strictObject({ ok: v.literal(true) });

/**
 * As a report's (`ok: false`: the frame's site may no longer be read), with the name, number and
 * birth date read; or, before the reading, the layout verdicts the reading page needs (`ask`) or
 * that it holds no mirror of this frame (`resend`); `settled`: no client, from a read that ran to its end.
 */
const mirrorReply = v.union([
  v.strictObject({ ok: v.boolean(), identifiers: v.optional(v.array(text(200))) }),
  v.strictObject({ ok: v.boolean(), ask: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  v.strictObject({ ok: v.boolean(), resend: v.literal(true) }),
  v.strictObject({ ok: v.boolean(), settled: v.literal(true) }),
]);

export const CONTENT_REPLIES = {
  /** `ok: false`: the frame's site may no longer be read; its reader stops. */
  'context/report': v.strictObject({ ok: v.boolean() }),
  'snapshot/read': mirrorReply,
  /** A piece before the last: `{ ok: true }` (go on) or `resend` (the message broke: send the page again); the last: as a read's. */
  'snapshot/piece': mirrorReply,
  'adapter/load': v.strictObject({ ok: v.boolean() }),
  'site/profile-get': v.strictObject({ profile: v.nullable(SiteProfileSchema), adapters: v.array(v.string()) }),
  'picker/picked': ok,
  'picker/cancelled': ok,
} satisfies { [T in ContentRequest['type']]: v.GenericSchema };

/** A frame that has a reader says so; one that does not never answers. */
export const TAB_REPLIES = {
  'context/request': v.strictObject({ reading: v.literal(true) }),
  'context/watch': v.undefined(),
  'reader/stop': v.undefined(),
  'site/profile-changed': v.undefined(),
  'picker/arm': v.strictObject({ armed: v.literal(true) }),
  'picker/disarm': v.undefined(),
} satisfies { [T in TabCommand['type']]: v.GenericSchema };

export type ContentReply<T extends ContentRequest['type']> = v.InferOutput<(typeof CONTENT_REPLIES)[T]>;
export type TabReply<T extends TabCommand['type']> = v.InferOutput<(typeof TAB_REPLIES)[T]>;
