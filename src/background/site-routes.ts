import type { Message } from '../messaging/schema';
import type { Sender } from '../messaging/transport';
import { answer } from '../messaging/answers';
import type { RapportDb } from '../store/db';
import type { SiteAccess } from './sites';
import { profileForFrame } from './profiles';
import { adapterIdsForUrl } from '../context/adapters/registry';
import { nudgeReaders } from './nudge';
import { armPicker, disarmPicker, relayCancel, relayPick } from './picker';

/** Messages only our content scripts may send (the router checks the sender before calling in). */
const FROM_CONTENT = new Set<Message['type']>(['site/profile-get', 'picker/picked', 'picker/cancelled']);
export const isSiteContentMessage = (message: Message) => FROM_CONTENT.has(message.type);

/** Site access, taught profiles and the picker: the background's half of teaching a site. */
export function siteRoutes(deps: { db: () => Promise<RapportDb>; access: SiteAccess }) {
  return {
    fromContent(message: Message, sender: Sender): Promise<unknown> | undefined {
      switch (message.type) {
        case 'site/profile-get':
          // The adapters the frame's URL matches ride along, so the content script carries no URL patterns.
          return answer(
            message,
            deps.db().then((db) => profileForFrame(db, sender.url)).then((profile) => ({ profile, adapters: adapterIdsForUrl(message.url ?? sender.url) })),
          );
        case 'picker/picked':
          return answer(message, relayPick(message, sender));
        case 'picker/cancelled':
          return answer(message, relayCancel(sender));
        default:
          return undefined;
      }
    },
    fromPage(message: Message): Promise<unknown> | undefined {
      switch (message.type) {
        case 'site/enable':
          return answer(message, deps.access.enable(message.origin).then((registered) => ({ registered })));
        case 'site/profiles-changed':
          return answer(message, nudgeReaders().then(() => ({ ok: true as const })));
        case 'picker/start':
          return answer(message, armPicker(message.tabId, message.field).then((ok) => ({ ok })));
        case 'picker/stop':
          return answer(message, disarmPicker(message.tabId).then(() => ({ ok: true as const })));
        default:
          return undefined;
      }
    },
  };
}

export type SiteRoutes = ReturnType<typeof siteRoutes>;
