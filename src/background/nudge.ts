import browser from 'webextension-polyfill';
import { sendToTab } from '../messaging/transport';

/**
 * Tells every reader that profiles changed; each asks again for its own origin's. A nudge carries no
 * profile, so frames of other origins (EHRs nest them) learn nothing; tabs without a reader just
 * do not answer.
 */
export async function nudgeReaders(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : sendToTab(tab.id, { type: 'site/profile-changed' }).catch(() => undefined),
    ),
  );
}
