import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A receiving screen's "Patient" card: a role-less div named by aria-label, rows of label and value inside. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://hub.example.net/received/77', extractClientContext)).reading;
const rows = [
  ['Patient', 'Winnifred Okonjo-Hale'],
  ['Date of birth', '1944-08-19 (82 y)'],
  ['Gender', 'Female'],
  ['Home phone', '503-555-0161'],
  ['Address', '9 Heron Way, Astoria OR'],
  ['Wristband (linked)', 'Q-7720114'],
  ['ED bay', 'Bay 6'],
].map(([k, v]) => `<div>${k}</div><div>${v}</div>`).join('');

describe('aria-label on a role-less card div', () => {
  it('names the card, whose labelled rows are read', async () => {
    const page = `<h1>Handoff received</h1><div class="card" aria-label="Patient"><div class="grid">${rows}</div></div><div class="card" aria-label="Crew"><div class="grid"><div>Lead</div><div>Paramedic Osric Vale</div></div></div>`;
    expect(await read(page)).toMatchObject({ name: 'Winnifred Okonjo-Hale', dob: '1944-08-19', sex: 'F', phone: '503-555-0161', location: 'Bay 6' });
  });

  it('still reads a value div labelled by aria-label', async () => {
    expect(await read('<div class="hdr"><div aria-label="Patient">Winnifred Okonjo-Hale</div> <span>MRN: Q-7720114</span> <span>DOB: 08/19/1944</span></div>')).toMatchObject({ name: 'Winnifred Okonjo-Hale', mrn: 'Q-7720114' });
  });
});
