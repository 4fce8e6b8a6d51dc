import { afterEach, describe, expect, test, vi } from 'vitest';
import { askForProfile } from '../../../src/content/profile';
import { contentSender } from '../../../src/messaging/content-transport';
import { profileForFrame } from '../../../src/background/profiles';
import { saveSiteProfile } from '../../../src/store/sites';
import { useFreshDb, T0 } from '../store/helpers';

const EHR = 'https://ehr.example.org';
const profile = { origin: EHR, selectors: { name: 'div.zz-a1' } };
const db = useFreshDb();

afterEach(() => vi.useRealTimers());

describe('the background gives a frame the profile of its own origin only', () => {
  test('the origin comes from the frame URL the browser reports', async () => {
    await saveSiteProfile(db(), profile, T0);
    expect(await profileForFrame(db(), `${EHR}/chart/1?x=1`)).toEqual(profile);
    expect(await profileForFrame(db(), 'https://widgets.example.com/frame')).toBeNull();
    expect(await profileForFrame(db(), 'about:blank')).toBeNull();
    expect(await profileForFrame(db(), undefined)).toBeNull();
  });
});

/** The background's answer as the content script's sender gets it: checked against the message map. */
const answering = (answer: unknown) => contentSender(async () => answer);

describe('the content script takes only a well-formed profile for its own origin', () => {
  test('accepted', async () => {
    expect(await askForProfile(answering({ profile, adapters: ['openemr'] }), EHR, EHR)).toEqual({ profile, adapters: ['openemr'] });
  });

  test('asks about the URL it reads', async () => {
    const asked: unknown[] = [];
    const answer = await askForProfile(contentSender(async (message) => (asked.push(message), { profile: null, adapters: ['ccda'] })), EHR, `${EHR}/chart/1`);
    expect(asked).toEqual([{ type: 'site/profile-get', url: `${EHR}/chart/1` }]);
    expect(answer).toEqual({ adapters: ['ccda'] });
  });

  test('an answer of another shape is none of it: no profile, no adapters (the page is still read generically)', async () => {
    expect(await askForProfile(answering({ profile, adapters: ['ccda', 7, null] }), EHR, EHR)).toEqual({ adapters: [] });
    expect(await askForProfile(answering({ error: 'boom' }), EHR, EHR)).toEqual({ adapters: [] });
  });

  test.each([
    ['no profile', { profile: null }],
    ['another origin', { profile: { ...profile, origin: 'https://other.example.org' } }],
    ['an unknown field', { profile: { ...profile, selectors: { ssn: '#ssn' } } }],
    ['a huge selector', { profile: { ...profile, selectors: { name: 'x'.repeat(5000) } } }],
    ['garbage', 'hello'],
  ])('refused: %s', async (_label, answer) => {
    expect((await askForProfile(answering(answer), EHR, EHR)).profile).toBeUndefined();
  });

  test('a background that fails or never answers means no profile, soon', async () => {
    expect(await askForProfile(() => Promise.reject(new Error('gone')), EHR, EHR)).toEqual({ adapters: [] });
    vi.useFakeTimers();
    const pending = askForProfile(() => new Promise(() => undefined), EHR, EHR);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await pending).toEqual({ adapters: [] });
  });
});
