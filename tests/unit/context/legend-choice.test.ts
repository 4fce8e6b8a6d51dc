import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://emr.example.org/spa/patient/3/edit', extractClientContext)).reading;

const form = (checked: 'male' | 'female' | null) => `<form>
  <div><label for="fn">First Name</label><input id="fn" value="Zaina"></div>
  <div><label for="ln">Family Name</label><input id="ln" value="Odera"></div>
  <fieldset><legend>Sex</legend>
    <input type="radio" id="s-m" name="sex" value="male"${checked === 'male' ? ' checked' : ''}><label for="s-m">Male</label>
    <input type="radio" id="s-f" name="sex" value="female"${checked === 'female' ? ' checked' : ''}><label for="s-f">Female</label>
  </fieldset>
  <div><label for="dob">Date of Birth</label><input id="dob" value="1991-08-21"></div>
  <div><label>Patient ID</label><input value="PX-20931" readonly></div></form>`;

describe("a radio group under a fieldset's legend (legend-choice.ts, hc-form-group.ts)", () => {
  it("reads the checked option's own label, printed after its radio", async () => {
    expect(await read(form('female'))).toMatchObject({ name: 'Zaina Odera', sex: 'F', mrn: 'PX-20931' });
    expect(await read(form('male'))).toMatchObject({ sex: 'M' });
  });

  it('reads no sex when no option is checked', async () => {
    const r = await read(form(null));
    expect(r).toMatchObject({ name: 'Zaina Odera' });
    expect(r?.sex).toBeUndefined();
  });
});
