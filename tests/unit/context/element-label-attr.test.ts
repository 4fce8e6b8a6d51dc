import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Web components caption their fields by a `label` attribute and print only the value (element-label-attr.ts).
 * Markup of our own, synthetic people.
 */
const read = async (html: string) => (await readInHappyDom(html, 'https://ia.example.org/contacts/7', extractClientContext)).reading;
const field = (tag: string, label: string, value: string) => `<${tag} label="${label}"><span>${value}</span></${tag}>`;
const page = (tag: string) =>
  `<!DOCTYPE html><html><body><h1>Contact</h1>${field(tag, 'Consumer', 'Lindgren, Ebba')}${field(tag, 'Consumer ID', 'Q-7781')}${field(tag, 'DOB', '4/2/1944')}${field(tag, 'Callback number', '(207) 555-0166')}</body></html>`;

describe("a custom element's label attribute", () => {
  it('captions the value the element holds', async () => {
    expect(await read(page('wc-field'))).toMatchObject({ name: 'Ebba Lindgren', mrn: 'Q-7781', dob: '1944-04-02', phone: '(207) 555-0166' });
  });

  it('means nothing on a native element', async () => {
    expect(await read(page('div'))).toBeNull();
  });
});
