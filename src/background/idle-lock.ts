import type { Settings } from '../model/settings';

/** The browser's idle API as this module uses it (chrome.idle and Firefox's browser.idle agree). */
export interface IdleApi {
  setDetectionInterval(seconds: number): void;
  onStateChanged: { addListener(listener: (state: string) => void): void };
}

/** chrome.idle refuses anything under 15 seconds. */
const MIN_DETECTION_SECONDS = 15;

export const idleSeconds = (settings: Pick<Settings, 'lockAfterMinutes'>) => Math.max(MIN_DETECTION_SECONDS, Math.round(settings.lockAfterMinutes * 60));

/**
 * A machine left alone, or its screen locked, locks Rapport: the key leaves session memory and every
 * context falls back to the lock screen. Registered synchronously (MV3: the idle event wakes the
 * worker). Returns the handler, which the e2e tests also call (the idle state cannot be faked).
 */
export function listenForIdle(api: IdleApi, lock: () => Promise<void>): (state: string) => Promise<void> {
  const onState = async (state: string) => {
    if (state === 'idle' || state === 'locked') await lock();
  };
  api.onStateChanged.addListener((state) => void onState(state).catch((error: unknown) => console.warn('[rapport] idle lock', error)));
  return onState;
}

/** Follows the "lock after" setting; called at every wake and whenever settings change. */
export async function applyIdleInterval(api: IdleApi, settings: () => Promise<Pick<Settings, 'lockAfterMinutes'>>): Promise<void> {
  api.setDetectionInterval(idleSeconds(await settings()));
}
