import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';

/**
 * A resource edit form's field groups (relation-group.ts): a contact's group that gives its relationship
 * to the client is that person's; a contact point's "Value" is labelled by its group's legend. Markup of
 * our own after FHIR resource forms, synthetic people.
 */
const parse = (html: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
const read = (html: string) => extractClientContext(parse(html), 'https://app.clinic.example.org/Patient/7d9e2b61/edit');
const field = (label: string, control: string) => `<div><label>${label}</label>${control}</div>`;
const input = (value: string) => `<input value="${value}">`;
const form = (groups: string) =>
  `<main><div class="info-bar"><h1>Mrs. Edith Lindqvist</h1><span>DoB: 1944-02-11</span> <span>MRN: M-40391</span></div><form>` +
  `<fieldset><legend>Name</legend>${field('Given', input('Edith'))}${field('Family', input('Lindqvist'))}</fieldset>${groups}<button type="submit">OK</button></form></main>`;
const telecom = (system: string, value: string) => `<fieldset><legend>Telecom</legend>${field('System', `<select><option selected>${system}</option></select>`)}${field('Value', input(value))}</fieldset>`;
const contact = `<fieldset><legend>Contact</legend>${field('Relationship', input('Daughter'))}${field('Name', input('Karin Lindqvist Moore'))}${field('Telecom', input('+1 512-555-0122'))}</fieldset>`;

describe("a resource form's field groups", () => {
  it("reads the client's phone from the contact point's value, never the related contact's", async () => {
    const r = await read(form(telecom('phone', '+1 512-555-0174') + contact));
    expect(r).toMatchObject({ name: 'Edith Lindqvist', mrn: 'M-40391', phone: '+1 512-555-0174' });
  });

  it("reads no phone when only the related contact's is shown, or the contact point is an email", async () => {
    expect((await read(form(contact)))?.phone).toBeUndefined();
    expect((await read(form(telecom('email', '+1 512-555-0174') + contact)))?.phone).toBeUndefined();
  });
});
