import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * Record views built of bootstrap-style form groups (ehr-field-wrapper.ts): each group holds its
 * caption and a read-only control, in columns of one row. Our own markup.
 */
const group = (caption: string, id: string, value: string) =>
  `<div class="col"><div class="form-group"><label class="form-label" for="${id}">${caption}</label><input id="${id}" class="form-control" type="text" disabled value="${value}"></div></div>`;
const page = (row: string) =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Record</title></head><body><main><section class="record"><div class="row">${row}</div>` +
      `<div class="row">${group('Medical Record Number', 'mrn', 'RX-55170')}${group('Date of Birth', 'dob', '08/21/1974')}</div></section></main></body></html>`,
    'text/html',
  );
const read = (row: string) => extractClientContext(page(row), 'https://records.example.org/people/77', { adapters: [] });

describe('a name printed in form groups of caption and control', () => {
  it("reads each part from its own group's control, never the next column's caption", async () => {
    const r = await read(`${group('Title', 't', '')}${group('First Name', 'f', 'Wilhelmina')}${group('Last Name', 'l', 'Achebe-Stroud')}${group('Suffix', 's', '')}`);
    expect(r).toMatchObject({ name: 'Wilhelmina Achebe-Stroud', mrn: 'RX-55170', dob: '1974-08-21' });
  });

  it('takes no caption of a later column for the family name', async () => {
    const r = await read(`${group('Given Name', 'f', 'Wilhelmina')}${group('Family Name', 'l', 'Achebe-Stroud')}${group('Occupation', 'o', 'Welder')}`);
    expect(r?.name).toBe('Wilhelmina Achebe-Stroud');
  });

  it('still reads the value beside a caption that holds only a hidden input', async () => {
    const doc = new DOMParser().parseFromString(
      `<!DOCTYPE html><html><head><title>Record</title></head><body><main><h1 class="patient-name">Wilhelmina Achebe-Stroud</h1><table class="facts">` +
        `<tr><td class="caption">Medical Record Number<input type="hidden" name="token" value="x9"></td><td>RX-55170</td></tr>` +
        `<tr><td class="caption">Date of Birth<input type="hidden" name="state" value="1"></td><td>08/21/1974</td></tr></table></main></body></html>`,
      'text/html',
    );
    expect(await extractClientContext(doc, 'https://records.example.org/people/77', { adapters: [] })).toMatchObject({ mrn: 'RX-55170', dob: '1974-08-21' });
  });
});
