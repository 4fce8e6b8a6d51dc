import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { colonlessLeadLabel } from '../../../src/context/generic/colonless-lead-label';

/**
 * A line opened by a name's label printed without its colon, the name in an element of its own after it (markup of our
 * own, after the corpus's no-label-colons mutation): read as it is with the colon, never another person's.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Account</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://practice.example.org/account?id=5521');
const first = (html: string) => parse(html).body.firstElementChild as Element;

describe('a name label without its colon, the name set apart after it', () => {
  it('reads the name a current-patient caption leads, beside the record it opens', async () => {
    const page = `<div>Current patient <b>Lindqvist, Marta</b> - 5521 (Guarantor Lindqvist, Sven)</div>
<table><tr><td>Chart No</td><td>5521</td></tr><tr><td>Birthdate</td><td>03/04/1961</td></tr><tr><td>Gender</td><td>Female</td></tr></table>`;
    expect(await read(page)).toMatchObject({ name: 'Marta Lindqvist', mrn: '5521', dob: '1961-03-04' });
  });

  it("reads a terminal row's name and the labelled values after it, never the guarantor's row", async () => {
    const page = `<div> NAME <span>HOLLOWAY,PETRA ANN</span>   MRN <span>448210</span>   ACCT# <span>9001-22</span></div>
<div> DOB <span>02/11/49</span>  SEX <span>F</span></div>
<div>--- GUARANTOR ---</div>
<div> NAME <span>HOLLOWAY,GRANT</span>   REL <span>SON</span>   DOB <span>05/06/72</span></div>`;
    const got = await read(page);
    expect(got?.name).toBe('Petra Ann Holloway');
    expect(got?.mrn).toBe('448210');
  });

  it("never gives the client the name under another person's heading", async () => {
    const page = `<h2>Account</h2><table><tr><td>Chart No</td><td>5521</td></tr><tr><td>Birthdate</td><td>03/04/1961</td></tr></table>
<h3>Emergency Contact</h3><div>Name <b>Okafor, Benedict</b></div><div>Relationship <b>Brother</b></div>`;
    expect((await read(page))?.name).toBeUndefined();
  });

  it('gives the line with its colons back, the labelled values after the name included', () => {
    expect(colonlessLeadLabel(first('<div> NAME <span>HOLLOWAY,PETRA ANN</span>   MRN <span>448210</span></div>'))).toBe('NAME: HOLLOWAY,PETRA ANN MRN: 448210');
    expect(colonlessLeadLabel(first('<div>Selected patient <b>Lindqvist, Marta</b> - 5521</div>'))).toBe('Selected patient: Lindqvist, Marta');
  });

  it("takes no bare word, no other person's caption and no value that is no name", () => {
    expect(colonlessLeadLabel(first('<div>Patient <b>Lindqvist, Marta</b></div>'))).toBeNull();
    expect(colonlessLeadLabel(first('<div>Guarantor <b>Lindqvist, Sven</b></div>'))).toBeNull();
    expect(colonlessLeadLabel(first('<div>Name <b>Change Request</b> pending</div>'))).toBeNull();
    expect(colonlessLeadLabel(first('<div>Name <b>4471-22</b></div>'))).toBeNull();
    expect(colonlessLeadLabel(first('<div>Name: <b>Lindqvist, Marta</b></div>'))).toBeNull();
  });
});
