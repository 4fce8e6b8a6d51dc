import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';
import { matchLabel } from '../../../src/context/generic/labels';

/**
 * Labels as record apps print them: a case's raw property names in snake case (case data viewers), a
 * composite field's plural ("Phones"), and a field's inline-edit button beside its value. Markup of our own.
 */
const read = async (html: string) => (await readInHappyDom(html, 'https://hq.example.org/a/project/case_data/9f1e/', extractClientContext)).reading;

describe('labels as record apps print them', () => {
  it('matches snake-case property names and plural phones', () => {
    expect(matchLabel('phone_number')?.field).toBe('phone');
    expect(matchLabel('date_of_birth')?.field).toBe('dob');
    expect(matchLabel('Phones')?.field).toBe('phone');
    expect(matchLabel('case_type')).toBeNull();
  });

  it('reads a case whose properties are listed by their raw names', async () => {
    const rows = [['name', 'Philippa Oyelaran'], ['date_of_birth', '1991-05-27'], ['sex', 'female'], ['phone_number', '0805 555 0193'], ['husband_name', 'Tunde Oyelaran'], ['case_type', 'mother']];
    const html = `<!DOCTYPE html><html><body><div>Signed in: data.manager</div><h1>Case: Philippa Oyelaran</h1><table><thead><tr><th>Property</th><th>Value</th></tr></thead><tbody>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</tbody></table></body></html>`;
    expect(await read(html)).toMatchObject({ name: 'Philippa Oyelaran', dob: '1991-05-27', sex: 'F', phone: '0805 555 0193' });
  });
});
