import { parseInbound } from '../messaging/content-checks';
import { isExtensionPage } from '../messaging/senders';
import type { Sender } from '../messaging/transport';
import type { TabReply } from '../messaging/replies';
import type { TabCommand } from '../messaging/schema';
import type { ContextField } from '../context/types';

export interface ContentHandlerDeps {
  runtimeId: () => string;
  extensionOrigin: () => string;
  reader: { readNow(): void; watch(): void; stop(): void };
  teacher: { arm(field: ContextField): void; disarm(): void };
  /** The taught profile changed: ask for it again, then read. */
  reloadProfile: () => void;
}

/**
 * The content script's message boundary: only our own extension (the background) may ask it to
 * read or to show the picker, and only with a well-formed message; anything else is ignored.
 */
export function contentMessageHandler(deps: ContentHandlerDeps) {
  return (raw: unknown, sender: Sender | undefined): TabReply<TabCommand['type']> => {
    if (!sender || !isExtensionPage(sender, deps.runtimeId(), deps.extensionOrigin())) return undefined;
    const message = parseInbound(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'context/request':
        deps.reader.readNow();
        // The answer tells the background a reader is here; silence means the page is not read.
        return { reading: true };
      case 'context/watch':
        deps.reader.watch();
        return undefined;
      case 'reader/stop':
        deps.reader.stop();
        return undefined;
      case 'site/profile-changed':
        deps.reloadProfile();
        return undefined;
      case 'picker/disarm':
        deps.teacher.disarm();
        return undefined;
      case 'picker/arm':
        deps.teacher.arm(message.field);
        // Answering tells the panel the page can be taught (a frame with a reader is there).
        return { armed: true };
    }
  };
}
