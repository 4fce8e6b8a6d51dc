import type { ContextField } from '../context/types';
import type { MessageOf } from '../messaging/schema';
import { broadcast, sendToTab, type Sender } from '../messaging/transport';

/**
 * Relays between the panel (which knows which field it waits for) and the picker in the tab's
 * frames (which knows what was clicked). Every frame gets the picker: the chart may be in an iframe.
 */
export async function armPicker(tabId: number, field: ContextField): Promise<boolean> {
  try {
    await sendToTab(tabId, { type: 'picker/arm', field });
    return true;
  } catch {
    // No reader in this tab: the site is not enabled and was not read once.
    return false;
  }
}

export async function disarmPicker(tabId: number): Promise<void> {
  await sendToTab(tabId, { type: 'picker/disarm' }).catch(() => undefined);
}

/** The tab and frame come from the sender, which the browser sets, not from the page. */
export async function relayPick(message: MessageOf<'picker/picked'>, sender: Sender): Promise<{ ok: true }> {
  const tabId = sender.tab?.id as number;
  const { field, selector, text } = message;
  // One pick per request: the other frames stop pointing too, before the panel can arm the next field.
  await disarmPicker(tabId);
  await broadcast({ type: 'picker/result', tabId, frameUrl: sender.url ?? '', field, selector, text });
  return { ok: true };
}

export async function relayCancel(sender: Sender): Promise<{ ok: true }> {
  const tabId = sender.tab?.id as number;
  await disarmPicker(tabId);
  await broadcast({ type: 'picker/aborted', tabId });
  return { ok: true };
}
