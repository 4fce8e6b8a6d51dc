import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { CONTENT_REPLY_CHECKS, parseInbound, parseProfile } from '../../../src/messaging/content-checks';
import { CONTENT_REPLIES } from '../../../src/messaging/replies';
import { CONTENT_REQUESTS, parseMessage, parseSiteProfile, TAB_COMMANDS } from '../../../src/messaging/schema';
import { CONTEXT_FIELDS } from '../../../src/context/types';
import { nearValidMessage, randomMessage, VALID_MESSAGES } from '../fuzz/arbitraries';

/** The content script's hand-written checks accept exactly what the valibot schemas accept, and give the same value. */
const INBOUND: ReadonlySet<string> = new Set(TAB_COMMANDS);

function sameAsSchema(raw: unknown) {
  const parsed = parseMessage(raw);
  const expected = parsed.ok && INBOUND.has(parsed.message.type) ? parsed.message : null;
  expect(parseInbound(raw)).toEqual(expected);
}

test('inbound messages: the same verdict as the message schema', () => {
  for (const raw of VALID_MESSAGES) sameAsSchema(raw);
  fc.assert(fc.property(fc.oneof(randomMessage, nearValidMessage), sameAsSchema), { numRuns: 5_000 });
});

const PROFILE = { origin: 'https://ehr.example.org', selectors: { name: 'div.zz-a1' } };
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

/** Answers near each request's: the right keys with values of every kind, an extra key, a key missing. */
const extra = fc.option(fc.dictionary(fc.constantFrom('error', 'extra', 'ok', 'profile'), fc.anything()), { nil: undefined });
const nearAnswer = fc.oneof(
  fc.record({ ok: fc.oneof(fc.boolean(), fc.anything()) }, { requiredKeys: [] }),
  fc.record(
    {
      profile: fc.oneof(fc.constant(null), fc.constant(PROFILE), nearProfile, fc.anything()),
      adapters: fc.oneof(fc.array(fc.string()), fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      ok: fc.oneof(fc.boolean(), fc.anything()),
      identifiers: fc.oneof(fc.array(fc.string({ maxLength: 201 }), { maxLength: 3 }), fc.array(fc.anything(), { maxLength: 2 }), fc.anything()),
      ask: fc.oneof(fc.array(fc.nat(), { maxLength: 3 }), fc.array(fc.integer({ min: -2, max: 2 })), fc.anything()),
      resend: fc.oneof(fc.constant(true), fc.anything()),
      settled: fc.oneof(fc.constant(true), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.constant(undefined),
  fc.anything(),
);
const withExtra = fc.tuple(nearAnswer, extra).map(([answer, more]) => (more && typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? { ...more, ...answer } : answer));

describe("each content request's answer: the same verdict and value as its schema in replies.ts", () => {
  test('the checks cover every content request, and nothing else', () => {
    expect(Object.keys(CONTENT_REPLY_CHECKS).sort()).toEqual([...CONTENT_REQUESTS].sort());
  });

  test.each(CONTENT_REQUESTS.map((type) => [type]))('%s', (type) => {
    const check = CONTENT_REPLY_CHECKS[type] as (raw: unknown) => unknown;
    const schema = CONTENT_REPLIES[type] as v.GenericSchema;
    let accepted = 0;
    fc.assert(
      fc.property(withExtra, (raw) => {
        const result = v.safeParse(schema, raw);
        expect(check(raw)).toEqual(result.success ? result.output : undefined);
        if (result.success) accepted++;
      }),
      { numRuns: 5_000 },
    );
    // The property saw well-formed answers too, not only refusals.
    expect(accepted).toBeGreaterThan(0);
  });
});
