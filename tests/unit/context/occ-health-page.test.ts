import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * On a page that says it is occupational or employee health's, the employee's number is their record's, whatever
 * caption their name has; its forms caption the name "Employee Name" and the clinic's own chart "Employee Health
 * Chart" or "OH Record" (occ-health-page.ts, occ-employee.ts). Markup of our own, synthetic people.
 */
const form = (title: string, nameCaption: string, extra = '') => `<!DOCTYPE html><html><head><title>${title}</title></head><body>
  <div class="bar">Signed in: Dr. Ines Falkenrath</div>
  <table>
    <tr><th scope="row">${nameCaption}</th><td>Bartholomew K. Ashdown</td></tr>
    <tr><th scope="row">Employee #</th><td>208817</td></tr>${extra}
    <tr><th scope="row">DOB</th><td>04/03/1977</td></tr>
    <tr><th scope="row">Department</th><td>Central Sterile</td></tr>
  </table>
  <p>Referred by supervisor Mercy Oduya.</p></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ohs.example.org/evaluations/3391', extractClientContext)).reading;

describe('an occupational-health page', () => {
  it('keys the chart by the employee number under a plain "Name" caption', async () => {
    expect(await read(form('Fitness-for-Duty Evaluation', 'Name'))).toMatchObject({ name: 'Bartholomew K. Ashdown', mrn: '208817', dob: '1977-04-03' });
  });

  it('reads the name under "Employee Name" there, and nowhere else', async () => {
    expect(await read(form('Respirator Medical Clearance', 'Employee Name'))).toMatchObject({ name: 'Bartholomew K. Ashdown', mrn: '208817' });
    expect((await read(form('Timesheet correction', 'Employee Name')))?.name).toBeUndefined();
  });

  it("prefers the clinic's own chart number to the employee number", async () => {
    const extra = '<tr><th scope="row">OH Record #</th><td>OH-55120</td></tr>';
    expect((await read(form('Employee Health — Return to Work', 'Name', extra)))?.mrn).toBe('OH-55120');
  });

  it("still marks a colleague's profile outside occupational health", async () => {
    const profile = form('Staff Profile', 'Name', '<tr><th scope="row">Hire date</th><td>03/15/2011</td></tr><tr><th scope="row">License #</th><td>RN-58812</td></tr>');
    expect(await read(profile)).toBeNull();
  });
});
