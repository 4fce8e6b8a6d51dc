import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A low-code app's side navigation opens with the app's name in bold ("Bayview UR"), and the record's card follows
 * with its name in a plain div no markup calls a name, then a row of captioned facts: the app's mark is never the
 * client (site-mark.ts). Markup of our own, synthetic people.
 */
const col = (caption: string, value: string) => `<div class="column"><div class="small">${caption}</div><span data-expression="">${value}</span></div>`;
const page = (mark: string) =>
  `<!DOCTYPE html><html><head><title>Detail</title></head><body>
   <div class="layout"><div ${mark}><div><b>Bayview UR</b></div><a href="#">Home</a><a href="#">Queue</a></div>
   <div class="main"><div class="top"><span data-expression="">Intake review</span> <span data-expression="">Mirela Vukovic</span></div>
   <div class="content"><div class="small">Case IR-2210 · Intake review</div>
   <div class="card"><div class="row"><div class="pic"><span>TQ</span></div><div><div class="big"><span data-expression="">Tobiah Quennell</span></div></div></div>
   <div class="columns">${col('Member ID', 'RQ5520981')}${col('Birthdate', '1958-06-02')}${col('Sex', 'Male')}${col('Phone', '(555) 310-4471')}</div></div>
   </div></div></div></body></html>`;

describe("the app's name in its navigation or logo", () => {
  it('is never read as the client beside the facts (a nav landmark)', async () => {
    const { reading } = await readInHappyDom(page('class="side" role="navigation"'), 'https://harbor.example.org/Intake/Detail?Id=218', extractClientContext);
    expect(reading).toMatchObject({ name: 'Tobiah Quennell', mrn: 'RQ5520981', dob: '1958-06-02' });
  });

  it('is never read as the client beside the facts (a logo block)', async () => {
    const { reading } = await readInHappyDom(page('class="side app-logo-area"'), 'https://harbor.example.org/Intake/Detail?Id=218', extractClientContext);
    expect(reading).toMatchObject({ name: 'Tobiah Quennell', mrn: 'RQ5520981', dob: '1958-06-02' });
  });
});
