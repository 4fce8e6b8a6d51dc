import { expect, test } from 'vitest';
import fc from 'fast-check';
import { parseInbound, parseProfile } from '../../../src/content/inbound';
import { parseMessage, parseSiteProfile } from '../../../src/messaging/schema';
import { CONTEXT_FIELDS } from '../../../src/context/types';
import { nearValidMessage, randomMessage, VALID_MESSAGES } from '../fuzz/arbitraries';

/** The content script's hand-written checks accept exactly what the valibot schemas accept. */
const INBOUND = new Set(['context/request', 'context/watch', 'reader/stop', 'site/profile-changed', 'picker/arm', 'picker/disarm']);

function sameAsSchema(raw: unknown) {
  const parsed = parseMessage(raw);
  const expected = parsed.ok && INBOUND.has(parsed.message.type) ? parsed.message : null;
  expect(parseInbound(raw)).toEqual(expected);
}

test('inbound messages: the same verdict as the message schema', () => {
  for (const raw of VALID_MESSAGES) sameAsSchema(raw);
  fc.assert(fc.property(fc.oneof(randomMessage, nearValidMessage), sameAsSchema), { numRuns: 5_000 });
});

const nearProfile = fc.record(
  {
    origin: fc.oneof(fc.constantFrom('https://ehr.example.org', 'http://10.0.0.5:8080', 'https://a.b/path', 'ftp://x', ''), fc.string()),
    selectors: fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom(...CONTEXT_FIELDS), fc.constantFrom('other', '__proto__')), fc.oneof(fc.string(), fc.string({ minLength: 499, maxLength: 502 }), fc.integer(), fc.constant(undefined))),
      fc.constant(null),
      fc.array(fc.string()),
    ),
    dateOrder: fc.constantFrom('MDY', 'DMY', 'YMD', undefined, 3),
    extra: fc.string(),
  },
  { requiredKeys: [] },
);

test('profiles: the same verdict and value as SiteProfileSchema', () => {
  fc.assert(
    fc.property(fc.oneof(nearProfile, fc.anything()), (raw) => {
      expect(parseProfile(raw)).toEqual(parseSiteProfile(raw));
    }),
    { numRuns: 5_000 },
  );
});
