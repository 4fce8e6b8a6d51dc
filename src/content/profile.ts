import { parseProfile } from './inbound';
import type { SiteProfile } from '../context/types';

/** A worker that does not answer must not keep the page unread for long. */
const ANSWER_TIMEOUT_MS = 2_000;

/**
 * Asks the background for the profile taught for this frame's origin. Anything malformed, or for
 * another origin, counts as none.
 */
export async function askForProfile(send: (message: { type: 'site/profile-get' }) => Promise<unknown>, origin: string): Promise<SiteProfile | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS);
  });
  try {
    const answer = await Promise.race([send({ type: 'site/profile-get' }), timeout]);
    const profile = parseProfile((answer as { profile?: unknown } | undefined)?.profile);
    return profile?.origin === origin ? profile : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
