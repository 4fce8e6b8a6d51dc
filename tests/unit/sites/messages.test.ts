import { describe, expect, test } from 'vitest';
import { parseMessage } from '../../../src/messaging/schema';

describe('site and picker messages are validated like every other', () => {
  test.each([
    [{ type: 'site/enable', origin: 'https://ehr.example.org' }],
    [{ type: 'site/enable', origin: 'http://rapport-site.localhost:4321' }],
    [{ type: 'site/profile-get' }],
    [{ type: 'site/profiles-changed' }],
    [{ type: 'site/profile-changed' }],
    [{ type: 'picker/start', tabId: 3, field: 'name' }],
    [{ type: 'picker/stop', tabId: 3 }],
    [{ type: 'picker/arm', field: 'dob' }],
    [{ type: 'picker/disarm' }],
    [{ type: 'picker/picked', field: 'mrn', selector: 'div.zz-row > span:nth-of-type(1)', text: 'AT-1912' }],
    [{ type: 'picker/cancelled' }],
    [{ type: 'picker/result', tabId: 3, frameUrl: 'https://ehr.example.org/x', field: 'mrn', selector: '#m', text: 'AT-1' }],
    [{ type: 'picker/aborted', tabId: 3 }],
  ])('accepts %j', (raw) => {
    expect(parseMessage(raw).ok).toBe(true);
  });

  test.each([
    ['an origin with a path', { type: 'site/enable', origin: 'https://ehr.example.org/chart' }],
    ['a non-web origin', { type: 'site/enable', origin: 'file:///etc' }],
    ['a content script naming the origin it wants', { type: 'site/profile-get', origin: 'https://other.example.org' }],
    ['an unknown field', { type: 'picker/arm', field: 'ssn' }],
    ['a huge selector', { type: 'picker/picked', field: 'name', selector: 'x'.repeat(501), text: '' }],
    ['a pick without its field', { type: 'picker/picked', selector: '#x', text: 'x' }],
  ])('rejects %s', (_label, raw) => {
    expect(parseMessage(raw).ok).toBe(false);
  });
});
