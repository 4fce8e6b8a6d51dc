import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A member's eligibility or enrolment status as a badge in the name's heading (a transport broker's, a plan's or a
 * programme's record: 'Eligible', 'Ineligible', 'Enrolled', 'Suspended') is a status, never part of the name
 * (hh-status-badge.ts). Markup of our own, synthetic people.
 */
const page = (badge: string, lead = '') =>
  `<!DOCTYPE html><html><head><title>Member</title></head><body><div class="top">Member Services <span>Signed in: Odile Varga</span></div><section><h1>${lead}Castellano, Ruperto J. <span class="b">${badge}</span></h1><table><tr><td>Member ID</td><td>QX-50261187</td></tr><tr><td>Date of Birth</td><td>09/12/1952</td></tr><tr><td>Gender</td><td>Male</td></tr></table></section></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://broker.example.org/members/QX-50261187', extractClientContext)).reading;

describe("an eligibility badge in the name's heading", () => {
  it('is not part of the name', async () => {
    for (const badge of ['Eligible', 'Ineligible', 'Not eligible', 'Enrolled', 'Disenrolled', 'Suspended']) {
      for (const lead of ['', 'Rider Profile: ']) {
        expect(await read(page(badge, lead)), `${lead}${badge}`).toMatchObject({ name: 'Ruperto J. Castellano', mrn: 'QX-50261187', dob: '1952-09-12' });
      }
    }
  });
});
