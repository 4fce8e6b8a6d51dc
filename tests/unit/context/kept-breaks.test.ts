import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A report viewer that prints fixed-width text in a <div> its stylesheet sets to keep line breaks: its rows are read as
 * a <pre>'s are (dom.ts whiteSpaceKept; the mirror's side in snapshot/mirror.test.ts). Markup of our own, synthetic people.
 */
const report = `SUNFIELD REGIONAL                      ADMISSION ASSESSMENT REPORT
NAME: ABERCROMBIE, TOVE L                   MRN: SR-7730215
DOB: 09/18/1947   AGE: 79   SEX: F          ADM: 12/01/2026
LOC: 2N 214-1                               ATTENDING: MWANGI, OTIENO MD`;
const read = async (style: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><style>.rpt{font-family:monospace;${style}}</style></head><body><div class="rpt">${report}</div></body></html>`, 'https://reports.sunfield.example/view?id=55', extractClientContext)).reading;

describe('a report in a block styled to keep its line breaks', () => {
  it('reads each row as a printed row', async () => {
    for (const whiteSpace of ['pre', 'pre-wrap', 'pre-line', 'break-spaces']) {
      expect(await read(`white-space:${whiteSpace}`)).toMatchObject({ name: 'Tove L. Abercrombie', mrn: 'SR-7730215', dob: '1947-09-18', sex: 'F', admitDate: '2026-12-01' });
    }
  });

  it('is one run of text when its style lets the breaks collapse', async () => {
    expect(await read('white-space:normal')).toBeNull();
  });
});
