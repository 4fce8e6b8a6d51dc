import { accessPatternFor, patternCovers } from '../domain/sites/site-access';

export interface ReadAccessApi {
  /** The manifest's static content-script matches (the demo build's origins). */
  staticMatches(): string[];
  /** Whether the extension holds this host pattern now (permissions.contains). */
  hasOrigin(pattern: string): Promise<boolean>;
  /** Whether a toolbar click put a reader into this tab's current page (activeTab). */
  hasOneOffReader(tabId: number): Promise<boolean>;
}

/**
 * Whether a report from a frame may be kept: the frame's site is readable now (built in, granted,
 * or clicked for on this page). A reader left running on a site whose access was just taken away
 * must not bring its client back.
 */
export function createReadAccess(api: ReadAccessApi) {
  return async (tabId: number, frameUrl: string): Promise<boolean> => {
    if (api.staticMatches().some((pattern) => patternCovers(pattern, frameUrl))) return true;
    const pattern = accessPatternFor(frameUrl);
    if (pattern && (await api.hasOrigin(pattern))) return true;
    return api.hasOneOffReader(tabId);
  };
}
