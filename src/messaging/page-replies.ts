import * as v from 'valibot';
import { ClientRecordSchema } from '../model/records';
import { ok } from './replies';
import { TabContextSchema, type PageRequest } from './schema';
import { RecordIdSchema } from '../model/values';
import { SyncStatusViewSchema } from '../model/sync-settings';
import { TEAM_REPLIES } from './team-messages';

/** What each request of an extension page answers (see replies.ts). */
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
  'sync/status': SyncStatusViewSchema,
  ...TEAM_REPLIES,
} satisfies { [T in PageRequest['type']]: v.GenericSchema };

export type PageReply<T extends PageRequest['type']> = v.InferOutput<(typeof PAGE_REPLIES)[T]>;
