import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A no-code tool's record page whose window title names the app, not a person ("Household Intake - Interface",
 * "Caseload Tracker - Sheet"): two capitalised words, but a view's (name-shape.ts). Markup of our own, synthetic people.
 */
const page = (title: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>
  <div>Household Intake · Records · Search · Signed in as Ama Mensah</div>
  <div><div>Ignatius Barrow-Lee</div><div>Client · Updated Dec 4</div>
    <div><div><div>Client number</div><div>HH-70221</div></div><div><div>Date of birth</div><div>1988-02-17</div></div>
    <div><div>Mobile</div><div>(720) 555-0144</div></div></div></div></body></html>`;

describe("a no-code tool's window title", () => {
  for (const title of ['Household Intake - Interface', 'Caseload Tracker - Sheet']) {
    it(`"${title}" names no one, and the record's title is read`, async () => {
      const { reading } = await readInHappyDom(page(title), 'https://airtable.example.org/appH0/pag1/rec8Hq2', extractClientContext);
      expect(reading).toMatchObject({ name: 'Ignatius Barrow-Lee', mrn: 'HH-70221', dob: '1988-02-17' });
    });
  }

  it('a title naming another person still refuses the record title', async () => {
    const { reading } = await readInHappyDom(page('Marguerite Olsen - Interface'), 'https://airtable.example.org/appH0/pag1/rec8Hq2', extractClientContext);
    expect(reading?.name).not.toBe('Ignatius Barrow-Lee');
  });
});
