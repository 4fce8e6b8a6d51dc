import { describe, expect, it } from 'vitest';
import { normalizeId } from '../../../src/context/parse/fields';
import { extractClientContext } from '../../../src/context/extract';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('masked and foreign identifiers', () => {
  it('reads masked values as absent', async () => {
    for (const v of ['***-**-1234', 'XXX-XX-1234', '•••• 1234', 'xxxx1234', '123-45-6789']) expect(normalizeId(v), v).toBeNull();
    for (const v of ['MRN-100234', 'E40017722', 'BCP-00482913', '100HMW']) expect(normalizeId(v), v).toBe(v);
  });
  it('a masked MRN leaves the MRN empty, and an SSN is never the MRN', async () => {
    const doc = parse('<div class="patient-banner"><dl><dt>Patient name</dt><dd>Doe, Jane</dd><dt>MRN</dt><dd>****5521</dd><dt>SSN</dt><dd>***-**-1234</dd><dt>DOB</dt><dd>1950-01-05</dd></dl></div>');
    const r = await extractClientContext(doc, 'https://ehr.example.org/');
    expect(r?.name).toBe('Jane Doe');
    expect(r?.mrn).toBeUndefined();
  });
});

describe('date order', () => {
  const page = '<div class="patient-banner"><dl><dt>Patient name</dt><dd>Doe, Jane</dd><dt>MRN</dt><dd>M-1</dd><dt>DOB</dt><dd>03/04/1950</dd></dl></div>';
  it('defaults to US order with lower confidence when nothing says which', async () => {
    const r = await extractClientContext(parse(page), 'https://ehr.example.org/');
    const sure = await extractClientContext(parse(page), 'https://ehr.example.org/', { dateOrder: 'MDY' });
    expect(r?.dob).toBe('1950-03-04');
    expect(r!.confidence).toBeLessThan(sure!.confidence);
  });
  it("follows a taught profile's date order", async () => {
    const profile = { origin: 'https://ehr.example.org', selectors: {}, dateOrder: 'DMY' as const };
    expect((await extractClientContext(parse(page), 'https://ehr.example.org/', { profile }))?.dob).toBe('1950-04-03');
  });
});
