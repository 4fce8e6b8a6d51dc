import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An intake form whose labels wrap their controls ("<label>Last name <input></label>", no for/id): the label names
 * the one control inside it (pairs.ts labelTarget). Markup of our own, synthetic people.
 */
const field = (label: string, value: string) => `<label>${label} <input value="${value}" readonly></label>`;
const page = (contact: string) =>
  `<!DOCTYPE html><html><head><title>Intake</title></head><body><h1>Intake</h1><div class="intake"><fieldset><legend>Patient</legend>${field('Last name', 'Szymanska')}${field('First name', 'Aurelia')}${field('Date of birth', '06/19/1942')}${field('Phone', '(216) 555-0139')}</fieldset>${contact}</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://intake.lakeview-hospice.net/referral/3301', extractClientContext)).reading;

describe('a label wrapping its one control', () => {
  it('names that control', async () => {
    expect(await read(page(''))).toMatchObject({ name: 'Aurelia Szymanska', dob: '1942-06-19', phone: '(216) 555-0139' });
  });

  it("still leaves another person's fieldset to them", async () => {
    const r = await read(page(`<fieldset><legend>Primary caregiver</legend>${field('Name', 'Tomasz Szymanski')}${field('Phone', '(216) 555-0140')}${field('Date of birth', '02/02/1968')}</fieldset>`));
    expect(r?.name).toBe('Aurelia Szymanska');
    expect(r?.phone).toBe('(216) 555-0139');
  });

  it('reads nothing from a label holding two controls', async () => {
    const html = `<!DOCTYPE html><html><head><title>Intake</title></head><body><h1>Intake</h1><label>Name <input value="Aurelia"> <input value="Szymanska"></label><label>Date of birth <input value="06/19/1942"></label></body></html>`;
    expect((await read(html))?.name).toBeUndefined();
  });
});
