import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { isTextLayer, leadName, othersLines } from '../../../src/context/generic/text-layer';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A PDF viewer's text layer (pdf.js): absolutely placed runs, a <br> ending each line, a whitespace run where a gap
 * parts two runs and none where a font change cuts a word. Read as lines (text-layer.ts): runs glued where nothing
 * parts them, a name before a birth date, another person's block left alone. Markup of our own, synthetic people.
 */
let y = 0;
const run = (text: string, x: number) => `<span role="presentation" dir="ltr" style="left: ${x}%; top: ${y}%; font-size: calc(var(--scale-factor)*10px);">${text}</span>`;
/** A line of runs: "|" between two runs is a gap (a whitespace run), "+" a cut with none. */
const line = (spec: string) => {
  y += 2;
  let x = 10;
  return `${spec.split(/(?=[|+])/).map((part) => {
    const gap = part.startsWith('|');
    const text = part.replace(/^[|+]/, '');
    x += 8;
    return (gap ? run(' ', x - 1) : '') + run(text, x);
  }).join('')}<br role="presentation">`;
};
const viewer = (lines: string[], layerStyle = '') => {
  y = 0;
  return `<!DOCTYPE html><html><head><title>Document.pdf</title><style>.textLayer span{position:absolute;color:#111}</style></head><body>
<div id="toolbarContainer"><button>Print</button> <span>Page 1 of 1</span></div>
<div class="page" data-page-number="1"><div class="textLayer" style="${layerStyle}">
${lines.map(line).join('\n')}
</div></div></body></html>`;
};
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/media/pdfjs/web/viewer.html?file=5530912', extractClientContext)).reading;

const summary = [
  'RIVERSIDE GENERAL HOSPITAL',
  'DISCHARGE SUMMARY',
  'Patient Name:|GUTIERREZ, ROSAL+IND M|MRN:|3309174',
  'Date of Birth:|04/11/1952|Sex:|F',
  'Admission Date:|11/27/2026|Discharge Date:|12/03/2026',
];

describe("a PDF viewer's text layer", () => {
  it('is placed runs and line breaks only', () => {
    const doc = new DOMParser().parseFromString(viewer(summary), 'text/html');
    expect(isTextLayer(doc.querySelector('.textLayer') as Element)).toBe(true);
    const plain = new DOMParser().parseFromString('<div><span>Patient Name:</span> <span>Jo Ames</span><br><span>MRN:</span><span>1</span></div>', 'text/html');
    expect(isTextLayer(plain.querySelector('div') as Element)).toBe(false);
  });

  it('reads a name a font change cut in two whole, with the labels of its lines', async () => {
    const r = await read(viewer(summary));
    expect(r).toMatchObject({ name: 'Rosalind M. Gutierrez', mrn: '3309174', dob: '1952-04-11', sex: 'F', admitDate: '2026-11-27', dischargeDate: '2026-12-03' });
  });

  it("reads the name printed above or before the birth date, never the ordering physician's block", async () => {
    const lab = [
      'PATIENT INFORMATION',
      'NAKAMURA, KEN+JI',
      'DOB: 09/30/1967|AGE: 59|GENDER: M',
      'Patient ID:|PRL-6620193',
      'Phone: (503) 555-0118',
      'ORDERING PHYSICIAN',
      'LINDSTROM, GRETA MD',
      'Client #: 90441-2',
      'Willamette Internal Medicine',
      'Phone: (503) 555-0900',
    ];
    expect(await read(viewer(lab))).toMatchObject({ name: 'Kenji Nakamura', mrn: 'PRL-6620193', dob: '1967-09-30', sex: 'M', phone: '(503) 555-0118' });
    // The physician's block first: its phone and account number are still theirs.
    expect(await read(viewer([...lab.slice(5), ...lab.slice(0, 5)]))).toMatchObject({ name: 'Kenji Nakamura', mrn: 'PRL-6620193', phone: '(503) 555-0118' });
    expect(leadName(['RE:', 'Priya Raman', 'DOB:', '07/18/1949'], undefined)).toEqual({ name: 'Priya Raman', labelsAt: 2 });
    // Its colon gone, the subject word is still no part of the name.
    expect(leadName(['RE', 'Priya Raman', 'DOB', '07/18/1949'], undefined)?.name).toBe('Priya Raman');
    expect(leadName(['Thank you for referring her', 'DOB:', '07/18/1949'], undefined)).toBeNull();
  });

  it("leaves a fax cover's sender's phone to the sender", async () => {
    const fax = ['FAX', 'From:|Dr. Marcus Bell, Prairie View Clinic', 'Phone:|(608) 555-0211', 'Re:|Referral', 'Patient Last Name:|ADEBAYO|First:|FUNMI+LAYO', 'DOB:|1971-12-09|Sex:|F', 'Chart #:|PV-118204'];
    const r = await read(viewer(fax));
    expect(r).toMatchObject({ name: 'Funmilayo Adebayo', mrn: 'PV-118204', dob: '1971-12-09' });
    expect(r?.phone).toBeUndefined();
    expect(othersLines([['From:', 'Dr. Bell'], ['Phone:', '(608) 555-0211'], ['Patient Last Name:', 'ADEBAYO']])).toEqual([true, true, false]);
  });

  it('reads nothing of a hidden layer, nor of a fax batch index', async () => {
    expect(await read(viewer(summary, 'display: none'))).toBeNull();
    const index = ['Inbound Fax Batch – Index', 'Pages|Patient|DOB|Document type', '1–3|ADEBAYO, FUNMILAYO|12/09/1971|Referral', '4–5|KOWALSKI, DOROTA|03/27/1956|Lab results'];
    expect(await read(viewer(index))).toBeNull();
    // Each row's name before its labelled birth date: several people, no one read.
    const labelled = ['Inbound Fax Batch – Index', 'ADEBAYO, FUNMILAYO|DOB:|12/09/1971|Referral', 'KOWALSKI, DOROTA|DOB:|03/27/1956|Lab results', 'MBEKI, SIPHO|DOB:|08/14/1980|Prior auth'];
    expect(await read(viewer(labelled))).toBeNull();
  });
});
