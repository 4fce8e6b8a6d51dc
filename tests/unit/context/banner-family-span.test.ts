import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A ward banner that prints "FAMILY, Given (Title)" with the family name in an element of its own. Our own markup. */
const page = (name: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Ward summary</title></head><body><nav><span>Logged in as Staff Nurse Ife Adeyemi</span></nav>` +
      `<div class="pt-banner"><div class="cols"><div class="col wide bold">${name}</div><div class="col">Born <b>02-Feb-1955 (71y)</b></div><div class="col">Gender <b>female</b></div></div></div>` +
      `<main><h2>Fluid balance</h2><p>Input and output charted every 2 hours.</p></main></body></html>`,
    'text/html',
  );
const read = (name: string) => extractClientContext(page(name), 'https://ward.example.nhs.uk/summary', { adapters: [], today: '2026-12-04' });

describe('a family name in capitals in its own element before the given name', () => {
  it('names the client with the rest of its line', async () => {
    expect(await read('<span class="caps">OKONJO</span>, Beatrice (Ms)')).toMatchObject({ name: 'Beatrice Okonjo', dob: '1955-02-02' });
  });

  it('is not a name where the capitals stand alone (a ward, a team)', async () => {
    expect(await read('<span class="caps">CARDIOLOGY</span>')).toBeNull();
  });
});
