import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An alert card's rows mark their parts by class, with no colon: "<span class="label">Patient</span><span
 * class="value">…</span>" (tr-classed-label.ts). Markup of our own, synthetic people.
 */
const row = (l: string, v: string, lc: string, vc: string) => `<div class="row"><span class="${lc}">${l}</span><span class="${vc}">${v}</span></div>`;
const page = (lc: string, vc: string) =>
  `<!DOCTYPE html><html><head><title>ED Visit Alert</title></head><body><nav><a>Patient</a><a>Alerts</a></nav><section class="alert">${row('Patient', 'Ferreira, Joaquim A.', lc, vc)}${row('Date of Birth', '8/14/1957', lc, vc)}${row('Gender', 'M', lc, vc)}${row('Facility', 'Harbor City ED', lc, vc)}</section></body></html>`;
const read = async (lc: string, vc: string) => (await readInHappyDom(page(lc, vc), 'https://alerts.harbor-hie.net/ed/55120', extractClientContext)).reading;

describe('a bare label word marked as a label by its class', () => {
  it('labels the value marked beside it', async () => {
    for (const [lc, vc] of [['label', 'value'], ['field-label', 'field-value'], ['alertRow__label___x1Y2', 'alertRow__value___q9Z3'], ['lbl', 'val']] as const) {
      const r = await read(lc, vc);
      expect(r?.name, lc).toBe('Joaquim A. Ferreira');
      expect(r?.dob, lc).toBe('1957-08-14');
    }
  });

  it('is no label without such classes', async () => {
    expect((await read('a', 'b'))?.name).toBeUndefined();
  });
});
