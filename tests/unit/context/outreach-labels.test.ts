import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Outreach and social-care apps' record-number captions (outreach-labels.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Profile</title></head><body>${body}</body></html>`, 'https://outreach.example.org/people/4410', extractClientContext)).reading;

const card = (idLabel: string, more = '') =>
  `<div class="who"><div class="nm">Philippa Drummond-Ashe</div><div>${idLabel}: ZX-440172 | DOB: 02/06/1981 | Phone: (802) 555-0150</div>${more}</div>`;

describe("an outreach app's record number", () => {
  it("reads a social-care network's 'Seeker ID' and a plan's 'Plan Member #'", async () => {
    for (const label of ['Seeker ID', 'Plan Member #', 'Health Plan Member ID']) expect((await read(card(label)))?.mrn, label).toBe('ZX-440172');
  });

  it('yields to a labelled MRN beside it', async () => {
    expect((await read(card('Seeker ID', '<div>MRN: 00771234</div>')))?.mrn).toBe('00771234');
  });
});
