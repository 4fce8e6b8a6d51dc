import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** An outpatient therapy plan of care's start of care starts no stay; home health's does (therapy-poc.ts). Markup of our own. */
const page = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1><table class="hdr"><tr>` +
  `<td><span class="cap">Patient</span>Rasmussen-Oduya, Petra K.</td><td><span class="cap">Birth date</span>1979-05-23</td><td><span class="cap">Chart No.</span>RC-0049213</td></tr>` +
  `<tr><td><span class="cap">Onset</span>10/30/2026</td><td><span class="cap">Start of Care</span>11/09/2026</td><td><span class="cap">Certification Period</span>11/09/2026 – 02/06/2027</td></tr></table></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://rehab.example.org/print/poc/RC-0049213', extractClientContext)).reading;

describe('a start of care', () => {
  it("is no admission on an outpatient therapy plan of care", async () => {
    const r = await read(page('Occupational Therapy Plan of Care &amp; Certification'));
    expect(r).toMatchObject({ name: 'Petra K. Rasmussen-Oduya', mrn: 'RC-0049213' });
    expect(r?.admitDate).toBeUndefined();
  });

  it("is the admission on a home health plan of care", async () => {
    expect(await read(page('Home Health Certification and Plan of Care'))).toMatchObject({ admitDate: '2026-11-09' });
  });
});
