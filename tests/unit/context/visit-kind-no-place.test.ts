import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A banner's active-visit tag ("Facility Visit · Started …") after the name: 'Facility' is a place's caption, but "Visit" is no place. */
const read = async (body: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://emr.example.org/spa/patient/7/chart', extractClientContext)).reading;

describe("a visit's kind left after a place's caption (parse/fields.ts)", () => {
  it('is no location', async () => {
    const banner = `<header class="banner"><div><span class="patientName">Amara Njeri Wambui</span> <span class="tag">Active Visit</span> <span>Facility Visit · Started 03-Dec-2026, 09:14 AM</span></div>
      <div>Female · 41 yrs · 02-Mar-1985</div><div><span>OpenMRS ID</span> <span>1007QX2</span></div></header>`;
    const r = await read(banner);
    expect(r).toMatchObject({ name: 'Amara Njeri Wambui', mrn: '1007QX2' });
    expect(r?.location).toBeUndefined();
  });

  it('leaves a ward or a clinic read as before', async () => {
    const banner = `<header class="banner"><div><span class="patientName">Amara Njeri Wambui</span></div>
      <div>Female · 41 yrs · 02-Mar-1985</div><div><span>OpenMRS ID</span> <span>1007QX2</span></div><div><span>Location:</span> <span>Ward 4 East</span></div></header>`;
    expect(await read(banner)).toMatchObject({ location: 'Ward 4 East' });
  });
});
