import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A low-code card titled by a div holding only bold text ("<div class=title><b>Inpatient stay</b></div>") over a
 * Facility caption and an admission date: the card is the stay's by its title, as an <h3> would make it, so the
 * facility is where the stay is (st-headed-block.ts). A card titled otherwise leaves the facility unread. Markup of our
 * own, synthetic people.
 */
const col = (caption: string, value: string) => `<div class="col"><div class="cap">${caption}</div><span>${value}</span></div>`;
const page = (title: string) =>
  `<!DOCTYPE html><html><head><title>Case</title></head><body><main>
   <div class="card"><div class="row"><div class="pic"><span>LV</span></div><div><div class="big"><span>Leocadia Varga</span></div></div></div>
   <div class="cols">${col('Member ID', 'HX-4402187')}${col('Birthdate', '1946-01-09')}${col('Sex', 'Female')}</div></div>
   <div class="card"><div class="title"><b>${title}</b></div>
   <div class="cols">${col('Facility', 'Cobalt Ridge Hospital')}${col('Attending', 'Dr. Amos Pike')}</div>
   <div class="cols">${col('Admission date', '2026-11-29')}${col('Authorized through', '2026-12-04')}</div></div>
   </main></body></html>`;

describe('a card titled by its bold text', () => {
  it('names the hospital stay: its facility is the stay’s place', async () => {
    const { reading } = await readInHappyDom(page('Inpatient stay'), 'https://um.example.org/Cases/Detail?Id=7', extractClientContext);
    expect(reading).toMatchObject({ name: 'Leocadia Varga', admitDate: '2026-11-29', location: 'Cobalt Ridge Hospital' });
  });

  it('titled otherwise, leaves the facility unread', async () => {
    const { reading } = await readInHappyDom(page('Review'), 'https://um.example.org/Cases/Detail?Id=7', extractClientContext);
    expect(reading?.location).toBeUndefined();
  });
});
