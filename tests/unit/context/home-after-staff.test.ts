import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A home phone in the row after a clinician's or a place's row is the client's; after a relative's row it stays
 * the relative's (home-after-staff.ts). Markup of our own, synthetic people.
 */
const page = (rows: [string, string][]) =>
  `<!DOCTYPE html><html><head><title>Schedule</title></head><body><div role="dialog" aria-label="Appointment details"><div class="who">Marsh, Tobias</div><div><span>7yo M</span> <span>DOB: 03/11/2019</span> <span>Chart #: KB-4410</span></div><table>${rows.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</table></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://peds.example.org/schedule/week', extractClientContext)).reading;

describe('a home phone after a clinician’s row', () => {
  it('is the client’s', async () => {
    const r = await read(page([['Visit', 'Well child · 9:40 AM'], ['Provider', 'Ana Ruiz, MD'], ['Home', '(503) 555-0148'], ['Insurance', 'Medicaid']]));
    expect(r?.name).toBe('Tobias Marsh');
    expect(r?.phone).toBe('(503) 555-0148');
  });

  it('is still a relative’s after a relative’s row', async () => {
    const r = await read(page([['Visit', 'Well child · 9:40 AM'], ['Guardian', 'Lena Marsh (Mother)'], ['Home', '(503) 555-0177'], ['Insurance', 'Medicaid']]));
    expect(r?.name).toBe('Tobias Marsh');
    expect(r?.phone).toBeUndefined();
  });
});
