import * as v from 'valibot';
import { SiteProfileSchema } from '../model/context';
import { ClientRecordSchema, RecordIdSchema } from '../model/records';
import { TabContextSchema, type ContentRequest, type PageRequest, type TabCommand } from './schema';

/**
 * What each request answers, checked where the answer arrives like any message: an answer of
 * another shape (a failed handler answers `{ error }`) is an error at the sender, never data.
 * One map per direction, so a content script does not carry the panel's answers (records).
 */
const ok = v.strictObject({ ok: v.literal(true) });

export const PAGE_REPLIES = {
  /**
   * The tab's context and the client it shows, resolved in the background once for every panel
   * (its id, and the record for the panel's first paint); none when unknown or locked.
   */
  'context/get': v.strictObject({ tab: v.nullable(TabContextSchema), clientId: v.optional(RecordIdSchema), client: v.optional(ClientRecordSchema) }),
  'badge/refresh': v.strictObject({ overdue: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  'context/reread': v.strictObject({ ok: v.boolean() }),
  'site/enable': v.strictObject({ registered: v.boolean() }),
  'site/profiles-changed': ok,
  'picker/start': v.strictObject({ ok: v.boolean() }),
  'picker/stop': ok,
} satisfies { [T in PageRequest['type']]: v.GenericSchema };

export const CONTENT_REPLIES = {
  'context/report': ok,
  'site/profile-get': v.strictObject({ profile: v.nullable(SiteProfileSchema) }),
  'picker/picked': ok,
  'picker/cancelled': ok,
} satisfies { [T in ContentRequest['type']]: v.GenericSchema };

/** A frame that has a reader says so; one that does not never answers. */
export const TAB_REPLIES = {
  'context/request': v.strictObject({ reading: v.literal(true) }),
  'site/profile-changed': v.undefined(),
  'picker/arm': v.strictObject({ armed: v.literal(true) }),
  'picker/disarm': v.undefined(),
} satisfies { [T in TabCommand['type']]: v.GenericSchema };

export type PageReply<T extends PageRequest['type']> = v.InferOutput<(typeof PAGE_REPLIES)[T]>;
export type ContentReply<T extends ContentRequest['type']> = v.InferOutput<(typeof CONTENT_REPLIES)[T]>;
export type TabReply<T extends TabCommand['type']> = v.InferOutput<(typeof TAB_REPLIES)[T]>;
