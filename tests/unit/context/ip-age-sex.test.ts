import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { sexBesideAge } from '../../../src/context/generic/ip-age-sex';

/** Hospital headers that label the age and the sex together. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://ehr.example.org/chart', extractClientContext)).reading;

describe('the sex under an age-and-sex label', () => {
  it('is the word left beside the age', () => {
    expect(['52/M', '52 Y / Female', 'F / 88 yrs', '40Y F', '70 y.o. male', '33M'].map(sexBesideAge)).toEqual(['M', 'Female', 'F', 'F', 'male', 'M']);
    expect(['52', '52 / Mixed', 'Male', 'M F 40', '52/M/7'].map(sexBesideAge)).toEqual([null, null, null, null, null]);
  });

  it('is read from banners that print it so', async () => {
    const cells = (label: string, value: string) => `<div class="patient-header"><div class="nm">Galloway, Perpetua</div><table><tr><td>MRN</td><td>5520193</td><td>DOB</td><td>01/09/1944</td><td>${label}</td><td>${value}</td></tr></table></div>`;
    for (const [label, value, sex] of [['Age/Sex', '82/F', 'F'], ['Age / Gender', '82 Y / Female', 'F'], ['Sex/Age', 'M / 82 yrs', 'M'], ['Gender/Age', 'Male, 82', 'M']]) {
      expect(await read(cells(label as string, value as string))).toMatchObject({ mrn: '5520193', sex });
    }
  });
});
