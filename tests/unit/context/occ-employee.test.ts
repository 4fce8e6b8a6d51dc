import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An occupational-health chart's patient is an employee, captioned so, keyed by the employer's number
 * (occ-employee.ts). Markup of our own, synthetic people.
 */
const strip = (caption: string, extra = '') =>
  `<!DOCTYPE html><html><head><title>Employee Health</title></head><body><div class="hdr">Employee Health · Logged in: Noor Haddad, RN</div><div class="strip"><table><tr><td>${caption}</td><td>QUILLFEATHER, Oriana P.</td><td>Employee ID:</td><td>551207</td><td>DOB:</td><td>07/19/1981</td><td>Sex:</td><td>F</td></tr><tr><td>Department:</td><td>Sterile Processing</td>${extra}</tr></table></div><p>Exposure follow-up; supervisor Dale Marsh.</p></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehs.example.org/employee-health/encounters/4471', extractClientContext)).reading;

describe("an employee's number on an occupational-health chart", () => {
  it('is the record number when the name is captioned Employee, a hire date beside it too', async () => {
    for (const extra of ['', '<td>Hire date:</td><td>03/02/2015</td>']) {
      expect(await read(strip('Employee:', extra)), extra).toMatchObject({ name: 'Oriana P. Quillfeather', mrn: '551207', dob: '1981-07-19' });
    }
  });

  it("is never another person's record number", async () => {
    // An aide's visit: the employee is the caregiver, the record the client's.
    const visit = strip('Client:').replace('<td>Employee ID:</td><td>551207</td>', '<td>Employee:</td><td>Dale Marsh</td><td>Employee ID:</td><td>551207</td>');
    expect((await read(visit))?.mrn).toBeUndefined();
  });

  it("never names an aide's visit's caregiver for the client", async () => {
    const visit = `<!DOCTYPE html><html><head><title>Visit</title></head><body><h1>Visit for Harriet Quenneville</h1><table><tr><td>Employee:</td><td>Dale Marsh</td></tr><tr><td>Service:</td><td>Personal care</td></tr><tr><td>DOB:</td><td>05/05/1940</td></tr></table></body></html>`;
    expect((await read(visit))?.name).not.toBe('Dale Marsh');
  });

  it("marks a colleague's profile still: a licence and a hire date beside it, the name titled", async () => {
    const profile = `<!DOCTYPE html><html><head><title>Staff Profile</title></head><body><h2>Marsh, Dale T.</h2><dl><dt>Employee ID</dt><dd>218840</dd><dt>Badge #</dt><dd>40981</dd><dt>Date of birth</dt><dd>10/09/1979</dd><dt>Hire date</dt><dd>03/15/2011</dd><dt>License #</dt><dd>RN-58812</dd></dl></body></html>`;
    expect(await read(profile)).toBeNull();
  });
});
