import type { SiteProfile } from '../context/types';
import type { SendFromContent } from '../messaging/content-transport';

/** A worker that does not answer must not keep the page unread for long. */
const ANSWER_TIMEOUT_MS = 2_000;

export interface FrameSite {
  profile?: SiteProfile;
  /** Adapters whose site serves the URL asked about, in the order they are tried. */
  adapters: string[];
}

/**
 * Asks the background for the profile taught for this frame's origin and for the adapters whose
 * site serves `url`. A malformed answer (refused by `send`), or a profile for another origin, counts as none.
 */
export async function askForProfile(send: SendFromContent, origin: string, url: string): Promise<FrameSite> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS);
  });
  try {
    const answer = await Promise.race([send({ type: 'site/profile-get', url }), timeout]);
    if (!answer) return { adapters: [] };
    const { profile, adapters } = answer;
    return profile?.origin === origin ? { profile, adapters } : { adapters };
  } catch {
    return { adapters: [] };
  } finally {
    clearTimeout(timer);
  }
}
