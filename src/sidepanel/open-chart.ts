import browser from '../platform/browser';
import type { Tabs } from 'webextension-polyfill';

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tabs list their URL only for origins Rapport may read, which are exactly the systems a chart
 * can come from. Only http(s) URLs are opened: a stored URL must never become a script or a file.
 */
export async function openChart(url: string): Promise<void> {
  const origin = originOf(url);
  if (!origin || !/^https?:$/.test(new URL(url).protocol)) throw new RangeError(`Not a chart address: ${url}`);
  const tabs = await browser.tabs.query({});
  const showing = tabs.find((tab) => tab.url === url);
  const sameSystem = showing ?? tabs.find((tab) => originOf(tab.url) === origin);
  if (sameSystem?.id === undefined) {
    await browser.tabs.create({ url });
    return;
  }
  await focus(sameSystem, showing ? undefined : url);
}

async function focus(tab: Tabs.Tab, navigateTo: string | undefined): Promise<void> {
  await browser.tabs.update(tab.id, navigateTo ? { url: navigateTo, active: true } : { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}
