import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An internal tool titles a person's case page "Case: <name>", and without its colon "Case <name>", as a letter heads its
 * subject "RE: <name>" or "RE <name>": the record's type or the subject's mark before the name is not part of it
 * (ENTITY_TYPE in name-near.ts). Markup of our own, synthetic people.
 */
const page = (title: string) => `<!DOCTYPE html><html><head><title>Case view</title></head><body>
  <div><span>Outreach tools</span> <span>Signed in: Tove Lindqvist</span></div>
  <div>
    <div><span><h2>${title}</h2></span></div>
    <div><span>Birthdate</span></div><div><input type="text" value="23 Jun 1983" disabled></div>
    <div><span>Gender</span></div><div><button disabled><span>Female</span></button></div>
    <div><span>HMIS ID 5d1c-77a0-4e12<br>Case worker: Emeric Szabó</span></div>
  </div>
</body></html>`;
const url = 'https://tools.example.org/app/case-view?id=871';

describe("a case page's title", () => {
  for (const title of ['Case: Lakshmi Raghunathan-Doyle', 'Case Lakshmi Raghunathan-Doyle', 'RE Lakshmi Raghunathan-Doyle']) {
    it(`reads the name without the record's type ("${title}")`, async () => {
      const { reading } = await readInHappyDom(page(title), url, extractClientContext);
      expect(reading).toMatchObject({ name: 'Lakshmi Raghunathan-Doyle', dob: '1983-06-23', mrn: '5d1c-77a0-4e12' });
    });
  }
});
