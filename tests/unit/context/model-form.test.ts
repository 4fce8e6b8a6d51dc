import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * Model-driven CRM forms and chip sublines (markup of our own): a header title whose text adds a save
 * status, a subline of chips with no space between their tags, an encounter section whose start and
 * end label the stay and whose location is labelled beside them. Each reading case fails without its rule.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://care.crm.example.org/main.aspx?etn=contact&id=41');
const field = (label: string, value: string) => `<div class="field"><label>${label}</label><div>${value}</div></div>`;
const header = (title: string) =>
  `<div data-id="form-header" id="formHeader"><h1 data-id="header_title" title="Agathe Lindqvist-Obi">${title}</h1>` +
  `<div data-id="headerControlsList"><div><div>MR-5520931</div><label>Medical Record Number</label></div></div></div>`;
const details = `<section aria-label="Contact information">${field('Birthday', '3/14/1950')}${field('Mobile Phone', '(555) 640-1182')}</section>`;

describe('a model-driven form header', () => {
  it('names the record by the title tooltip when the text adds a save status with no space before it', async () => {
    const r = await read(header('Agathe Lindqvist-Obi<span>- Saved</span>') + details);
    expect(r?.name).toBe('Agathe Lindqvist-Obi');
    expect(r?.mrn).toBe('MR-5520931');
  });

  it('keeps a heading whose tooltip is something else', async () => {
    const r = await read(header('Agathe Lindqvist-Obi').replace('title="Agathe Lindqvist-Obi"', 'title="Contact"') + details);
    expect(r?.name).toBe('Agathe Lindqvist-Obi');
  });
});

describe('chips with no space between their tags', () => {
  it('reads the record number of the chip, not the chip joined to the next ones', async () => {
    const page = `<div class="client-header"><h1>Ottilie Brandvold</h1><div class="sub"><span>Client #: TN-00871</span><span>Age 41</span><span>Female</span></div></div>` +
      `<div class="rows"><div class="row"><div>Date of Birth</div><div>02/11/1985</div></div></div>`;
    expect(await read(page)).toMatchObject({ name: 'Ottilie Brandvold', mrn: 'TN-00871', dob: '1985-02-11' });
  });
});

describe('an encounter section of a form', () => {
  const encounter = (start: string, end: string) =>
    `<section aria-label="Current encounter">${field('Encounter Class', 'Inpatient')}${field('Period Start', start)}${field('Period End', end)}${field('Encounter Location', 'Ward 7A, Bed 3')}</section>`;

  it('reads its start as the admission and the location labelled beside it, whole', async () => {
    const r = await read(header('Agathe Lindqvist-Obi') + details + encounter('11/27/2026 6:40 PM', '---'));
    expect(r).toMatchObject({ admitDate: '2026-11-27', location: 'Ward 7A, Bed 3' });
    expect(r?.dischargeDate).toBeUndefined();
  });

  it('reads its end as the discharge', async () => {
    const r = await read(header('Agathe Lindqvist-Obi') + details + encounter('11/20/2026', '11/26/2026'));
    expect(r).toMatchObject({ admitDate: '2026-11-20', dischargeDate: '2026-11-26' });
  });

  it('takes no location from a section without the stay', async () => {
    const r = await read(header('Agathe Lindqvist-Obi') + details + `<section aria-label="Preferences">${field('Location', 'Ward 7A, Bed 3')}</section>`);
    expect(r?.location).toBeUndefined();
  });
});
