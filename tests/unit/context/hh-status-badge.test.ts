import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A record's status as a badge inside the name's heading (hh-status-badge.ts): never part of the name.
 * Markup of our own, synthetic people.
 */
const page = (badge: string) =>
  `<!DOCTYPE html><html><head><title>Patient</title></head><body><div class="nav">Home Care · Patients <span>Signed in: Rhea Voss</span></div><div class="ctx"><h1>Imelda Castellano-Brandt <span class="b">${badge}</span></h1><div class="f"><div><span>Medical Record #: </span><span>HC-7730291</span></div><div><span>Birth Date: </span><span>Mar 3, 1950</span></div></div></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hh.example.org/patients/7730291', extractClientContext)).reading;

describe("a status badge in the name's heading", () => {
  it('is not part of the name', async () => {
    for (const badge of ['DISCHARGED', 'Active', 'On hold', 'Non-admit']) {
      expect(await read(page(badge)), badge).toMatchObject({ name: 'Imelda Castellano-Brandt', mrn: 'HC-7730291', dob: '1950-03-03' });
    }
  });
});
