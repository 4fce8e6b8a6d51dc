import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { ledByCaption } from '../../../src/context/generic/caption-led-line';

/**
 * A line opened by another person's caption or a clinical fact's caption, its colon gone (markup of our own, after the
 * corpus's no-label-colons mutation): the caption's line, never a second name beside the client's.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Contact</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://crm.example.org/people/8812');

describe('a caption leading a line without its colon', () => {
  it("reads the person a contact header names, beside the record owner's caption", async () => {
    const page = `<div class="hdr"><h1>Tobias Wrenfield-Adu</h1><span>Owner Kofi Mensah</span></div>
<div><div><span>Phone</span><span>303 555 0142</span></div><div><span>Client ID</span><span>RK-7781</span></div><div><span>Birthday</span><span>March 3, 1971</span></div></div>`;
    expect(await read(page)).toMatchObject({ name: 'Tobias Wrenfield-Adu', mrn: 'RK-7781', dob: '1971-03-03' });
  });

  it("reads a banner's name beside its code status line", async () => {
    const page = `<div role="banner" aria-label="Patient header">
 <div>
  <div>Halvard Osei-Lindqvist</div>
  <div>
   <span><span role="img" aria-label="Sex"></span>Male</span>
   <span><span role="img" aria-label="Age"></span>71 y.o.</span>
   <span><span role="img" aria-label="Date of birth"></span>2/14/1955</span>
  </div>
 </div>
 <div>
  <div><span role="img" aria-label="MRN"></span>30047719</div>
  <div><span role="img" aria-label="Room/Bed"></span>5W-12</div>
 </div>
 <div>
  <div>Code Full Code</div>
 </div>
 <div>
  <div>Attending Brandt, Ilse, MD</div>
  <div>Adm 11/29/2026</div>
 </div>
</div>`;
    expect(await read(page)).toMatchObject({ name: 'Halvard Osei-Lindqvist', mrn: '30047719', dob: '1955-02-14' });
  });

  it("knows another person's caption and a fact's caption, never a name's own words", () => {
    expect(ledByCaption('Owner Kofi Mensah')).toBe(true);
    expect(ledByCaption('User HALVERSEN,TOM RN')).toBe(true);
    expect(ledByCaption('Isolation Contact Droplet')).toBe(true);
    expect(ledByCaption('Code Full Code')).toBe(true);
    expect(ledByCaption('Ins BlueCross PPO')).toBe(true);
    expect(ledByCaption('Halvard Osei-Lindqvist')).toBe(false);
    expect(ledByCaption('Insley, Margaret')).toBe(false);
    expect(ledByCaption('Codey Marsh')).toBe(false);
  });
});
