import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A model-driven record form about something else than a person (an encounter, a case): the client is
 * a lookup field's selected tag, their identity a quick view of the looked-up record (aria-field-text.ts,
 * others.ts, split-date-time.ts). Markup of our own.
 */
const parse = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Encounter: ENC-4410</title></head><body>${body}</body></html>`, 'text/html');
const URL = 'https://care.crm.example.org/main.aspx?etn=encounter&id=77c1';
const header = '<div data-id="form-header"><h1 data-id="header_title">ENC-4410</h1></div>';
const lookup = (remove: string) =>
  `<div><label>Patient</label><div><ul aria-label="Patient"><li><div title="Ottavia Brennan-Sato">Ottavia Brennan-Sato</div>${remove}</li></ul></div></div>`;
const quickView =
  '<section aria-label="Patient details"><h2>Patient details</h2><div role="group" aria-label="Patient quick view">' +
  '<div><label>Medical Record Number</label><div>004417203</div></div><div><label>Birth Date</label><div>3/14/1955</div></div></div></section>';
const attending =
  '<section aria-label="Attending details"><h2>Attending details</h2><div role="group">' +
  '<div><label>Full Name</label><div>Bartholomew Ekwueme, MD</div></div><div><label>Business Phone</label><div>(555) 610-4000</div></div></div></section>';
const read = (body: string) => extractClientContext(parse(header + body), URL);

describe('the client in a lookup field of a record form', () => {
  it("reads the lookup's tag without its remove button's text", async () => {
    const c = await read(`<section aria-label="Encounter">${lookup('<button type="button">Remove</button>')}</section>${quickView}`);
    expect(c?.name).toBe('Ottavia Brennan-Sato');
    expect(c?.mrn).toBe('004417203');
  });

  it("leaves the name labelled in an attending's or practitioner's section to them", async () => {
    const c = await read(`<section aria-label="Encounter">${lookup('')}</section>${quickView}${attending}`);
    expect(c?.name).toBe('Ottavia Brennan-Sato');
    expect(c?.dob).toBe('1955-03-14');
  });
});

describe('a date-time field drawn as a date input and a time input', () => {
  const stay = (time: string) =>
    `<section aria-label="Encounter">${lookup('')}<div><label>Period Start</label><div><input aria-label="Date of Period Start" value="11/28/2026"><input aria-label="Time of Period Start" value="${time}"></div></div></section>${quickView}`;

  it('reads the date input as the value', async () => {
    expect((await read(stay('9:12 PM')))?.admitDate).toBe('2026-11-28');
    expect((await read(stay('')))?.admitDate).toBe('2026-11-28');
  });

  it('reads nothing when the second input is no time', async () => {
    expect((await read(stay('pending')))?.admitDate).toBeUndefined();
  });
});

describe("a record's Subject lookup", () => {
  const plan = (subject: string) =>
    `<section aria-label="General"><div><label>Title</label><div>Heart failure care plan</div></div>${subject}` +
    '<div><label>Author</label><ul aria-label="Author"><li><div title="Dmitri Aboagye">Dmitri Aboagye</div></li></ul></div></section>' +
    '<section aria-label="Subject details"><div role="group" aria-label="Patient quick view"><div><label>Medical Record Number</label><div>88-301-5527</div></div>' +
    '<div><label>Date of Birth</label><div>1/23/1939</div></div></div></section>';

  it('names whom the record is about', async () => {
    const c = await read(plan('<div><label>Subject</label><ul aria-label="Subject"><li><div title="Esperanza Villalobos Kruger">Esperanza Villalobos Kruger</div></li></ul></div>'));
    expect(c).toMatchObject({ name: 'Esperanza Villalobos Kruger', mrn: '88-301-5527', dob: '1939-01-23' });
  });

  it('is only a lookup: a Subject written as text is a topic', async () => {
    expect(await read(plan('<div><label>Subject</label><div aria-label="Subject">Esperanza Villalobos Kruger</div></div>'))).toBeNull();
  });
});
