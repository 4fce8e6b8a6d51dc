import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * Record pages that print a name a part per cell after one "Name" label, and details lists that show
 * a patient's contacts (product-name-cells.ts, the grid-row rule in labelled.ts). Markup of our own.
 */
const read = (body: string, url = 'https://records.example.org/chart/summary?id=5521') =>
  extractClientContext(new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Chart</title></head><body>${body}</body></html>`, 'text/html'), url, { adapters: [] });

describe('a name printed a part per cell', () => {
  const cells = (tag: 'td' | 'div', parts: string[]) => {
    const cell = (text: string, cls = 'value') => (tag === 'td' ? `<td class="${cls}">${text}</td>` : `<div class="${cls}">${text}</div>`);
    const row = (items: string) => (tag === 'td' ? `<tr>${items}</tr>` : `<div class="row">${items}</div>`);
    const label = (text: string) => cell(`<span>${text}:</span>`, 'label');
    const rows = [
      row(label('Name') + parts.map((p) => cell(p)).join('')),
      row(label('Chart No.') + cell('QX-40917') + label('Date of Birth') + cell('1961-03-08')),
      row(label('Sex') + cell('Female')),
    ].join('');
    return tag === 'td' ? `<table>${rows}</table>` : `<div class="grid">${rows}</div>`;
  };

  it('joins the cells after the label, dropping the title and skipping an empty middle name', async () => {
    for (const tag of ['td', 'div'] as const) {
      expect(await read(cells(tag, ['Ms.', 'Rosalind', 'Ebele', 'Achterberg'])), tag).toMatchObject({ name: 'Rosalind Ebele Achterberg', mrn: 'QX-40917', dob: '1961-03-08' });
      expect(await read(cells(tag, ['Ms.', 'Rosalind', '', 'Achterberg'])), tag).toMatchObject({ name: 'Rosalind Achterberg' });
    }
  });

  it('never reads a title alone as the name', async () => {
    const r = await read(cells('td', ['Mrs.']));
    expect(r === null || !/^mrs?\.?$/i.test(r.name)).toBe(true);
  });

  it('stops at a cell that is not a name part', async () => {
    expect(await read(cells('td', ['Rosalind', 'Achterberg', '(primary)']))).toMatchObject({ name: 'Rosalind Achterberg' });
    expect(await read(cells('div', ['Rosalind', 'Achterberg', '2 visits']))).toMatchObject({ name: 'Rosalind Achterberg' });
  });
});

describe("a contact's name inside a record's details list", () => {
  const details = (contact: string) =>
    '<dl>' +
    [['Identifier', '<div>urn:example:chart: QX-40917</div>'], ['Name', '<div>Rosalind Achterberg</div>'], ['Birth Date', '1961-03-08'], ['Gender', 'female'], ['Contact', contact]]
      .map(([t, d]) => `<div><dt>${t}</dt><dd>${d}</dd></div>`)
      .join('') +
    '</dl>';

  it("is the contact's, not a second client", async () => {
    expect(await read(details('<div>Relationship: next of kin</div><div>Name: Tobias Achterberg</div><div>Telecom: 555-0142</div>'))).toMatchObject({ name: 'Rosalind Achterberg', dob: '1961-03-08' });
    expect(await read(details('<div>Name: Tobias Achterberg</div>'))).toMatchObject({ name: 'Rosalind Achterberg' });
  });

  it('still refuses two names where neither is labelled as someone else', async () => {
    const page = details('x').replace('<div><dt>Contact</dt><dd>x</dd></div>', '<div><dt>Note</dt><dd><div>Name: Tobias Achterberg</div></dd></div>');
    expect(await read(page)).toBeNull();
  });
});
