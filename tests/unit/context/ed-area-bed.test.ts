import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An ED information screen printing the area and the bed under one label. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'http://edis.example.net/ptinfo?v=771', extractClientContext)).reading;
const screen = (label: string) =>
  `<table><tr><td><b>PATIENT NAME:</b></td><td>ORTEGA, BELEN</td><td><b>MED REC #:</b></td><td>00881204</td></tr><tr><td><b>BIRTHDATE:</b></td><td>03/09/1979</td><td><b>ARRIVAL:</b></td><td>12/05/2026 1422</td></tr><tr><td><b>${label}</b></td><td>ACUTE / A-12</td><td><b>MD:</b></td><td>HALE, ROSCOE</td></tr></table>`;

describe('an ED area and bed under one label', () => {
  it('is the location', async () => {
    for (const label of ['AREA/BED:', 'Zone / Bed:', 'Bed/Zone:']) expect(await read(screen(label))).toMatchObject({ name: 'Belen Ortega', mrn: '00881204', location: 'ACUTE / A-12' });
  });
});
