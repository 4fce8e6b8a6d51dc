import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { parseName } from '../../../src/context/parse/names';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A document viewer prints the file's name in its title and toolbar, the patient's family name often in it, in an
 * element marked a name ("documentName"): a file's name is never a person's (parse/file-name.ts). Markup of our own,
 * synthetic people.
 */
const viewer = (file: string) => `<!DOCTYPE html><html><head><title>${file}</title></head><body>
<div id="outerContainer">
<span id="documentName" title="${file}">${file}</span>
<span style="position: absolute; left: 11.76%; top: 93.43%">Priya Raman · DOB 07/18/1949 · Page 1 of 1</span>
</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://chart.example.org/documents/pdfjs/viewer.html?file=77', extractClientContext)).reading;

describe("a file's name", () => {
  it('is no name', () => {
    for (const v of ['Consult letter - Raman.pdf', 'CCD_Okafor_Thaddeus.pdf', 'Priya Raman.docx', 'Raman Scan.TIFF']) expect(parseName(v), v).toBeNull();
    for (const v of ['Priya Raman', 'Raman, Priya', 'P. Raman']) expect(parseName(v), v).not.toBeNull();
  });

  it("in a viewer's toolbar names nobody", async () => {
    const r = await read(viewer('Consult letter - Raman.pdf'));
    expect(r, JSON.stringify(r)).toBeNull();
  });
});
