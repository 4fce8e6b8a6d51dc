/**
 * A tuning family of model-driven CRM record forms (Dynamics 365 / Power Apps style, from Microsoft's
 * public FormXml and Client API documentation): the header title names the record in its tooltip and
 * may add a save status to its text with or without a space; header fields print the value above the
 * label (the record number, the owner); aria-labelled sections hold label + input controls (birthday,
 * gender as a select, mobile phone); the stay is a "Current encounter" section whose start, end and
 * location are labelled there; the PCP's quick view gives a full name and a business phone of its own.
 */
import { esc } from './formats';
import type { Family } from './families';

const STATUS = ['', ' - Saved', '- Saved', ' - Unsaved changes'];

export const modelForm: Family = {
  id: 'model-form',
  split: 'tuning',
  kinds: ['crm', 'identifier-labels', 'admission-discharge'],
  app: 'Care Hub',
  url: (v) => `https://care.gen-model.example/main.aspx?pagetype=entityrecord&etn=contact&id=${v.c.salt}`,
  render: (v) => {
    const name = v.name();
    const status = STATUS[v.c.salt % STATUS.length] as string;
    const owner = esc(v.c.clutter.providers[0] ?? v.c.clutter.user);
    const head = (value: string, label: string) => `<div role="listitem"><div>${value}</div><label>${label}</label></div>`;
    const header = [v.hasMrn ? head(v.mrn(false), esc(v.c.labels.mrn)) : '', head(owner, 'Owner'), head('Active', 'Status Reason')].join('');
    const control = (key: string, label: string, value: string) => `<div data-id="${key}"><label for="${key}-${v.hash(key)}">${label}</label><input id="${key}-${v.hash(key)}" aria-label="${label}" value="${value}"></div>`;
    const contact: string[] = [];
    if (v.hasDob) contact.push(control('birthdate', esc(v.c.labels.dob), v.dob()));
    if (v.hasSex) {
      const chosen = v.sex('word');
      const options = ['Male', 'Female'].map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`).join('');
      contact.push(`<div data-id="gendercode"><label>${esc(v.c.labels.sex)}</label><select aria-label="${esc(v.c.labels.sex)}">${options}</select></div>`);
    }
    if (v.hasPhone) contact.push(control('mobilephone', esc(v.c.labels.phone), v.phone()));
    const field = (label: string, value: string) => `<div class="field"><label>${label}</label><div>${value}</div></div>`;
    const own = v.c.salt % 2 === 0;
    const stay = v.stay
      ? `<section aria-label="CURRENT ENCOUNTER"><h2>Current encounter</h2>${field('Encounter Class', 'Inpatient')}${field(own ? 'Period Start' : esc(v.c.labels.admit), v.admit())}` +
        `${field(own ? 'Period End' : esc(v.c.labels.discharge), v.hasDischarge ? v.discharge() : '---')}${field('Encounter Location', v.location())}</section>`
      : '';
    const pcp = v.c.clutter.providers[1];
    const quick = pcp ? `<section aria-label="PRIMARY CARE PROVIDER"><h2>Primary Care Provider</h2>${field('Full Name', esc(pcp))}${field('Business Phone', '555-010-4400')}</section>` : '';
    return {
      core:
        `<div data-id="form-header" id="formHeader"><h1 data-id="header_title" title="${name}">${name}${status ? `<span data-id="header_saveStatus">${status}</span>` : ''}</h1>` +
        `<div data-id="headerControlsList" role="list">${header}</div></div>` +
        `<div role="tablist"><div role="tab" aria-selected="true">Summary</div><div role="tab">Related</div></div>` +
        `<section aria-label="CONTACT INFORMATION"><h2>Contact information</h2>${contact.join('')}</section>${stay}${quick}`,
    };
  },
};
