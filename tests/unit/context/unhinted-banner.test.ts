import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { splitIdAfterName } from '../../../src/context/generic/name-id';
import { nameNear } from '../../../src/context/generic/name-near';
import { firstTextName } from '../../../src/context/generic/first-text-name';
import { VisibilityChecker } from '../../../src/context/dom';
import { Slicer } from '../../../src/context/slicer';

/**
 * Chart and member headers whose markup carries no banner words (class names like "chart-top" or
 * generated ones): what the page shows must do (markup of our own). Each reading case fails without
 * its rule; the guards check that no one else's name or number is taken.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://clinic.example.org/chart/7730019');

describe('a name with the name used and a "#" number after it', () => {
  it('drops the used name in brackets or quotes and takes the "#" number as the record number', () => {
    expect(splitIdAfterName('FITZGERALD-NWOSU, Rosalind (Roz) #7730019')).toEqual({ name: 'FITZGERALD-NWOSU, Rosalind', id: '7730019' });
    expect(splitIdAfterName('Margarethe "Greta" O\'Shea #100234')).toEqual({ name: 'Margarethe O\'Shea', id: '100234' });
  });

  it('never drops a relation in brackets', () => {
    expect(splitIdAfterName('Mary FITZGERALD (Daughter)').name).toBe('Mary FITZGERALD (Daughter)');
  });

  it('reads a chart header whose markup says nothing', async () => {
    const page = `<div class="c1"><div class="pb-name"><span>FITZGERALD-NWOSU, Rosalind</span> <span>(Roz)</span> <span>#7730019</span></div><div class="c3"><span>63yo</span> <span>F</span> <span>10-02-1963</span></div></div>`;
    expect(await read(page)).toMatchObject({ name: 'Rosalind Fitzgerald-Nwosu', mrn: '7730019', dob: '1963-10-02' });
  });
});

describe('a chart-style name in the row right above the facts', () => {
  it('is the name', async () => {
    const fact = (k: string, v: string) => `<span class="fact"><span class="k">${k}</span> <span class="v">${v}</span></span>`;
    const page =
      `<div class="x1"><span class="brand">CareBridge</span><span class="user">Logged in as Tamsin Oduya, RN CM</span></div>` +
      `<div class="x1">\n  <div class="x1">WHITLOCK, Cordelia J</div>\n  <div class="x1">\n    ${fact('Member ID', 'H7720419-01')}\n    ${fact('DOB', '09/14/1952')}\n    ${fact('Gender', 'Female')}\n    ${fact('Medicaid ID', 'MD44120983')}\n    ${fact('Primary Phone', '(555) 917-2046')}\n  </div>\n</div>`;
    expect(await read(page)).toMatchObject({ name: 'Cordelia J. Whitlock', mrn: 'H7720419-01', dob: '1952-09-14' });
  });
});

describe('a location chip beside the stay\'s chips in one row', () => {
  it('is where the stay is', async () => {
    const page =
      `<div class="r1"><span>OYELARAN, Babatunde K</span> | <span>M</span> | <span>DOB 07/21/1968</span> | <span>MRN 006621873</span></div>` +
      `<div class="r2"><span>Room 6S-614-B</span> | <span>Admitted 11/29/2026</span> | <span>Attending: Haugen, Siri MD</span></div>`;
    expect(await read(page)).toMatchObject({ mrn: '006621873', admitDate: '2026-11-29', location: '6S-614-B' });
  });
});

describe('a context strip with the stay but no banner words', () => {
  it('gives the name and the number in brackets that lead it', async () => {
    const page = `<div class="s">\n  <span>MBEKI,THANDO S (000771203)</span>\n  <span>Episode: 2</span>\n  <span>Program: Assertive Community Treatment</span>\n  <span>Admit Date: 10/23/2026</span>\n</div><h1>Service Note</h1>`;
    expect(await read(page)).toMatchObject({ name: 'Thando S. Mbeki', mrn: '000771203', admitDate: '2026-10-23' });
  });

  it('gives no name without that number', async () => {
    const page = `<div class="s">\n  <span>MBEKI,THANDO S</span>\n  <span>Episode: 2</span>\n  <span>Program: Assertive Community Treatment</span>\n  <span>Admit Date: 10/23/2026</span>\n</div><h1>Service Note</h1>`;
    expect(await read(page)).toBeNull();
  });
});

describe('a banner that leads with "Family, Given M" in mixed case and no name markup', () => {
  // As the reader looks for the name beside a banner: what names it nearby, else its first text.
  const beside = (anchor: Element, env: Parameters<typeof nameNear>[1]) => (nameNear(anchor, env) ?? firstTextName(anchor, env))?.value ?? null;
  const nameIn = (first: string) => {
    const doc = parse(`<div id="b"><div class="q">${first}</div><div class="l">Female, 76 y.o., 3/14/1950</div><div class="l"><span>MRN:</span> 448120</div></div>`);
    const env = { slicer: new Slicer({}), vis: new VisibilityChecker(doc), today: { y: 2026, m: 12, d: 4 }, dateOrder: undefined };
    return beside(doc.getElementById('b') as Element, env);
  };

  it('is led by the name', () => {
    expect(nameIn('Abernathy-Kwan, Colette R')).toBe('Colette R. Abernathy-Kwan');
  });

  it('gives no name from a first text that is not one', () => {
    expect(nameIn('Allergies, Reviewed Today')).toBeNull();
  });

  const near = (html: string, anchor: string) => {
    const doc = parse(html);
    const env = { slicer: new Slicer({}), vis: new VisibilityChecker(doc), today: { y: 2026, m: 12, d: 4 }, dateOrder: undefined };
    return beside(doc.querySelector(anchor) as Element, env);
  };

  it('is found above the table whose row gives the identity', () => {
    expect(near(`<div><span class="q">Quintero-Blake, Anselmo R</span><span>65 Y 2 M, Male</span></div><table><tr id="a"><td>Acc No.</td><td>88213</td><td>DOB</td><td>09/30/1961</td></tr></table>`, '#a')).toBe('Anselmo R. Quintero-Blake');
  });

  it('is found two rows above the facts', () => {
    expect(near(`<div><div>DRUMMOND-AKA, CORMAC</div><div><span>Admit Date</span> <span>11/17/2026</span></div><div id="a"><span>DOB</span> <span>06/30/1990</span></div></div>`, '#a')).toBe('Cormac Drummond-Aka');
  });
});
