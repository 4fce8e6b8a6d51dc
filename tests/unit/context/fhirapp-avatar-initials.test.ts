import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A patient header (its class says so) whose one row opens with an avatar's initials, then the name, then
 * labelled entries: the banner line's first token is the initials (avatar-initials.ts). Markup of our own.
 */
const URL = 'https://app.example.org/Subject/31c2/overview';
const read = (body: string) => extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html'), URL);
const entry = (k: string, v: string) => `<div class="e"><div class="k">${k}</div><div class="v">${v}</div></div>`;
const strip = (avatar: string, name: string) =>
  `<div class="patient-header"><div class="row"><div class="av"><span>${avatar}</span></div><div class="e"><a href="#">${name}</a></div>${entry('DoB', '1979-04-18')}${entry('Gender', 'female')}</div></div><p>Notes follow.</p>`;

describe("an avatar's initials before the name", () => {
  it('reads the name after the initials of its first and last words', async () => {
    const c = await read(strip('JQ', 'Jolanda Quist'));
    expect(c).toMatchObject({ name: 'Jolanda Quist', dob: '1979-04-18', sex: 'F' });
  });

  it('reads a middle-named person after all three initials', async () => {
    const c = await read(strip('JMQ', 'Jolanda Maria Quist'));
    expect(c?.name).toBe('Jolanda Maria Quist');
  });

  it("keeps a leading value that is not the next name's initials", async () => {
    const c = await read(strip('XY', 'Jolanda Quist'));
    expect(c?.name ?? null).not.toBe('Xy');
  });
});
