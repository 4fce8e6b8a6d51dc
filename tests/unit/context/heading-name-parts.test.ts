import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A heading holding the name, its parts captioned, then the identity line (heading-name-parts.ts). Our own markup, no classes. */
const page = (heading: string) =>
  `<!DOCTYPE html><html><head><title>Dashboard</title></head><body><header><ul><li>clerk.obi</li><li><a href="#">Logout</a></li></ul></header><div><div>${heading}</div><div><em>Patient ID</em> <span>7QX3M</span></div></div><div><h2>Visits</h2><ul><li>Vitals — 02.Dec.2026</li></ul></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://emr.example.org/coreapps/dashboard.page?patientId=9f1e', extractClientContext)).reading;
const line = '<span><span>Female</span> <span>63 year(s) (21.Sep.1963)</span></span>';

describe('a heading holding the name and then the identity line', () => {
  it('reads the text before the line as the name, without the captions under its parts', async () => {
    const h1 = `<h1><span><span>Ifeoma</span><em>Given</em></span> <span><span>Adaeze</span><em>Middle</em></span> <span><span>Okonkwo</span><em>Family Name</em></span> ${line}</h1>`;
    expect(await read(page(h1))).toMatchObject({ name: 'Ifeoma Adaeze Okonkwo', mrn: '7QX3M', dob: '1963-09-21', sex: 'F' });
    // Minified: no white space between the tags.
    expect(await read(page(h1.replace(/>\s+</g, '><')))).toMatchObject({ name: 'Ifeoma Adaeze Okonkwo', mrn: '7QX3M' });
  });

  it("weighs the captioned heading's name against a name labelled below it, white space between tags or none", async () => {
    const h1 = `<h1><span><span>Ifeoma</span><em>Given</em></span> <span><span>Okonkwo</span><em>Family Name</em></span> ${line}</h1>`;
    // Here the markup calls the header one: the name labelled below it is weighed against the heading's.
    const summary = (name: string) => page(h1).replace('<div><div><h1>', '<div class="patient-header"><div><h1>').replace('<h2>Visits</h2>', `<h2>Registration Summary</h2><p><label>Name:</label> ${name}</p><p><label>Birthdate:</label> 21.Sep.1963</p>`);
    for (const minify of [false, true]) {
      const html = (name: string) => (minify ? summary(name).replace(/>\s+</g, '><') : summary(name));
      expect(await read(html('Ifeoma Okonkwo')), `minified: ${minify}`).toMatchObject({ name: 'Ifeoma Okonkwo', mrn: '7QX3M' });
      // Another name labelled below is never the client: the heading names the record.
      expect((await read(html('Chidi Okonkwo')))?.name, `minified: ${minify}`).not.toBe('Chidi Okonkwo');
    }
  });

  it("reads nothing where the heading's text is a view's title", async () => {
    expect((await read(page(`<h1><span>Registration Summary</span> ${line}</h1>`)))?.name).toBeUndefined();
  });
});
