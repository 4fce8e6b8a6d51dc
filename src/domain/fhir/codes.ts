import type { ContactRecord } from '../../model/records';

/**
 * The codes both directions of the mapping share (export.ts writes them, read.ts reads them back),
 * kept apart so the two never import each other: a cycle between them left a map built from an
 * export not yet evaluated, and the service worker failed to start.
 */
export const COMMUNICATION_MEDIUM: Record<ContactRecord['channel'], { code: string; display: string }> = {
  call: { code: 'PHONE', display: 'telephone' },
  text: { code: 'ONLINEWRIT', display: 'online written' },
  email: { code: 'EMAILWRIT', display: 'email' },
  visit: { code: 'FACE', display: 'face-to-face' },
  video: { code: 'VIDEOCONF', display: 'videoconferencing' },
  letter: { code: 'MAILWRIT', display: 'mail' },
};

/** The callback Task without a reason of its own says this. */
export const DEFAULT_CALLBACK_DESCRIPTION = 'Call back';

/**
 * Identifier.system must be a URI: a page origin already is one, and so is "origin#adapter" (one
 * origin, several systems: systemForUrl's form); hand-added clients get a Rapport URN.
 */
export const RAPPORT_SYSTEM_URN = 'urn:rapport:system:';
