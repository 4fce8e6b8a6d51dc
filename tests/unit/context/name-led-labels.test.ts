import { expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A chart workspace's header line led by the name, its labels after it (name-led-labels.ts). Synthetic people. */
const page = (line: string) =>
  `<!DOCTYPE html><html><head><title>Workspace</title></head><body><div role="tablist"><button role="tab" aria-selected="false">Voss, Henrik</button>` +
  `<button role="tab" aria-selected="true">Lindgren, Marit</button></div><div role="tabpanel" hidden><div class="hdr"><b>Voss, Henrik</b> MRN: C0071122 DOB: 02/02/1950</div></div>` +
  `<div role="tabpanel"><div class="hdr">${line}</div><p>Allergies: none known</p></div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://chart.example.org/workspace', extractClientContext)).reading;

it('reads the labels after the name leading a banner line', async () => {
  expect(await read(page('<b>Lindgren, Marit</b> MRN: C0074410 DOB: 06/14/1981 Sex: Female Phone: (612) 555-0171'))).toMatchObject({
    name: 'Marit Lindgren',
    mrn: 'C0074410',
    dob: '1981-06-14',
    sex: 'F',
    phone: '(612) 555-0171',
  });
});

it('never a relative\'s line', async () => {
  const r = await read(page('<b>Mother Lindgren, Ann</b> MRN: C0074499 DOB: 03/03/1955'));
  expect(r?.mrn).not.toBe('C0074499');
});
