import browser from 'webextension-polyfill';
import contentScriptFile from '../content/main.ts?script&iife';
import { sendToTab, type Sender } from '../messaging/transport';
import { PART_FILES } from './part-files';

export { contentScriptFile };

/**
 * Injects the reader into a tab's frames. Under activeTab (toolbar click) cross-origin frames are not
 * ours to read: when injecting everywhere is refused, read the top frame alone.
 */
export async function injectReader(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [contentScriptFile] });
    return true;
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile] });
      return true;
    } catch (error) {
      console.info('[rapport] cannot read tab', tabId, String(error));
      return false;
    }
  }
}

/** Origins the reader may run on: static matches (demo build) plus every origin the user granted. */
export async function readableOrigins(): Promise<string[]> {
  const manifest = browser.runtime.getManifest();
  const staticMatches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  const granted = (await browser.permissions.getAll()).origins ?? [];
  return [...new Set([...staticMatches, ...granted])];
}

/**
 * After an install or update the tabs already open have no live reader (the old one is orphaned):
 * give them a fresh one so the panel works without a reload.
 */
export async function reinjectOpenTabs(): Promise<void> {
  const origins = await readableOrigins();
  if (origins.length === 0) return;
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? false : injectReader(tab.id))));
}

/**
 * A frame needs a part it does not carry (the picker): inject that script into that one frame (tab
 * and frame come from the sender, which the browser sets). Unknown ids load nothing.
 */
export async function loadPart(id: string, sender: Sender): Promise<{ ok: boolean }> {
  const file = Object.hasOwn(PART_FILES, id) ? PART_FILES[id as keyof typeof PART_FILES] : undefined;
  const tabId = sender.tab?.id;
  if (!file || tabId === undefined) return { ok: false };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
    return { ok: true };
  } catch (error) {
    console.info('[rapport] cannot load part', id, String(error));
    return { ok: false };
  }
}

/** Tells the tab's readers a panel shows it (they re-read on a slow timer while it is visible). */
export async function watchTab(tabId: number): Promise<void> {
  await sendToTab(tabId, { type: 'context/watch' }).catch(() => undefined);
}
