import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Helpdesk and service-CRM labels for the person a ticket or case is about (desk-labels.ts). Markup of our own,
 * synthetic people.
 */
const read = async (html: string, url = 'https://desk.example.org/a/contacts/8812') => (await readInHappyDom(html, url, extractClientContext)).reading;
const contact = (rows: [string, string][]) => `<!DOCTYPE html><html><head><title>Contact</title></head><body>
<div class="hd">Helpdesk <span>Agent: Rune Aakre</span></div>
<div class="card"><h3>Mireille Osei-Brandt</h3><div>Client · Home Care</div>
<table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table></div></body></html>`;

describe("a helpdesk record's client labels", () => {
  it('know a client reference, a patient account and a phone named for the case role', () => {
    for (const label of ['Client ref.', 'Customer Reference #', 'Patient Ref No']) expect(matchLabel(label)?.field, label).toBe('mrn');
    expect(matchLabel('Pt Acct #')?.field).toBe('mrn');
    expect(matchLabel('Pt Acct #')?.weak).toBe(2);
    for (const label of ['Consumer phone', 'Requester Phone:', 'Caller tel.']) expect(matchLabel(label)?.field, label).toBe('phone');
    // The plan's subscriber may be someone else; a referral is not a reference.
    expect(matchLabel('Subscriber phone')?.field).not.toBe('phone');
    expect(matchLabel('Client referral')).toBeNull();
  });

  it("read the contact's reference as the record number, a labelled MRN before it", async () => {
    expect((await read(contact([['Mobile', '(919) 555-0101'], ['Client ref.', 'SHC-1207'], ['Birthday', '22 Jan 1948']])))?.mrn).toBe('SHC-1207');
    expect((await read(contact([['Client ref.', 'SHC-1207'], ['MRN', '0044812'], ['Birthday', '22 Jan 1948']])))?.mrn).toBe('0044812');
  });

  it("read a case form's consumer phone", async () => {
    const field = (label: string, value: string, id: string) => `<div class="form-group"><label for="${id}">${label}</label><input id="${id}" value="${value}" readonly></div>`;
    const html = `<!DOCTYPE html><html><head><title>Case</title></head><body><h2>Case CS0100001</h2>
${field('Consumer', 'Lindqvist, Astrid', 'a')}${field('Member ID', 'QP4410923-01', 'b')}${field('Consumer DOB', '1961-05-30', 'c')}${field('Consumer phone', '(401) 555-0144', 'd')}
${field('Assigned to', 'Tomas Reyes', 'e')}</body></html>`;
    const r = await read(html, 'https://plan.example.org/case/77');
    expect(r?.name).toBe('Astrid Lindqvist');
    expect(r?.phone).toBe('(401) 555-0144');
  });
});
