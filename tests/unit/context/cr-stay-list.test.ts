import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/** A stay's fields in a record layout drawn as an ARIA list (labelled.ts: the stay's container); markup of our own. */
const item = (label: string, value: string) => `<div role="listitem" class="item"><span class="lbl">${label}</span><div class="ctl"><span class="val">${value}</span><button title="Edit ${label}"><span class="sr">Edit ${label}</span></button></div></div>`;
const page = (stay: string, other = '') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>Thaddeus Oyinlola-Marsh | Person Account</title></head><body><div class="highlights"><h1><div>Person Account</div><span class="primary-name">Thaddeus Oyinlola-Marsh</span></h1>` +
      `<ul class="secondary"><li><p>Medical Record Number</p><p>QK-00450981</p></li><li><p>Birthdate</p><p>2/9/1946</p></li></ul></div>` +
      `<h3>Current Encounter</h3><div class="form" role="list">${stay}</div>${other}</body></html>`,
    'text/html',
  );
const read = (stay: string, other?: string) => extractClientContext(page(stay, other), 'https://care.example-health.org/s/account/001xq/detail');

describe("a stay's fields in an ARIA list", () => {
  it('reads the facility listed beside the admission date as where the stay is', async () => {
    const r = await read(item('Admission Date', '11/28/2026') + item('Facility', 'Brackenridge General Hospital') + item('Attending', '<a href="#">Dr. Ines Halloran</a>'));
    expect(r?.admitDate).toBe('2026-11-28');
    expect(r?.location).toBe('Brackenridge General Hospital');
  });

  it("never reads a facility listed apart from the stay's list", async () => {
    const r = await read(item('Admission Date', '11/28/2026'), `<div class="form" role="list">${item('Facility', 'Brackenridge General Hospital')}</div>`);
    expect(r?.admitDate).toBe('2026-11-28');
    expect(r?.location).toBeUndefined();
  });
});
