import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A line of bold captions and their values under the name heading, led by a caption the reader does not know
 * (markup of our own, after a probe of issue 9): the caption is no name, the heading above is.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Enrolment</title></head><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://enrol.example.org/students/record');

describe('an unknown bold caption leading a line of captioned values', () => {
  const cases: [caption: string, value: string][] = [
    ['Enrolment Ref', '2041187'],
    ['Case Ref', 'CR-55031'],
    ['Intake No', '7719'],
    ['Program Code', 'YTH-2'],
  ];
  for (const [caption, value] of cases) {
    it(`reads the heading's name, never "${caption}"`, async () => {
      const page = `<h1>Okafor, Adaeze</h1><p><b>${caption}</b> ${value} <b>Gender</b> F <b>DOB</b> 03/14/2009</p>`;
      const name = (await read(page))?.name ?? null;
      expect(name === null || name === 'Adaeze Okafor').toBe(true);
      expect(name).not.toBe(caption);
    });
  }

  it('reads the heading\'s name when the captions are strong and the values in spans', async () => {
    const page = `<h2>Lindqvist, Tomas</h2><div><strong>Case Ref</strong> <span>CR-88120</span> <strong>Sex</strong> <span>M</span> <strong>Date of Birth</strong> <span>11/02/1987</span></div>`;
    const name = (await read(page))?.name ?? null;
    expect(name === null || name === 'Tomas Lindqvist').toBe(true);
  });

  it('still reads a name leading a line whose captions are styled apart from it', async () => {
    const page = `<div class="banner"><span class="nm">Harriet Quayle</span> <b>MRN</b> 5503917 <b>DOB</b> 02/11/1948 <b>Sex</b> F</div>`;
    expect(await read(page)).toMatchObject({ name: 'Harriet Quayle', mrn: '5503917', dob: '1948-02-11' });
  });
});
