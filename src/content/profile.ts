import { parseProfile } from './inbound';
import type { SiteProfile } from '../context/types';

/** A worker that does not answer must not keep the page unread for long. */
const ANSWER_TIMEOUT_MS = 2_000;

export interface FrameSite {
  profile?: SiteProfile;
  /** Adapters whose site serves the URL asked about, in the order they are tried. */
  adapters: string[];
}

/**
 * Asks the background for the profile taught for this frame's origin and for the adapters whose
 * site serves `url`. Anything malformed, or a profile for another origin, counts as none.
 */
export async function askForProfile(send: (message: { type: 'site/profile-get'; url?: string }) => Promise<unknown>, origin: string, url: string): Promise<FrameSite> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS);
  });
  try {
    const answer = (await Promise.race([send({ type: 'site/profile-get', url }), timeout])) as { profile?: unknown; adapters?: unknown } | undefined;
    const profile = parseProfile(answer?.profile);
    const adapters = Array.isArray(answer?.adapters) ? answer.adapters.filter((id): id is string => typeof id === 'string') : [];
    return profile?.origin === origin ? { profile, adapters } : { adapters };
  } catch {
    return { adapters: [] };
  } finally {
    clearTimeout(timer);
  }
}
