import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A message viewer labels the relative's and the insured's names like the patient's; the message's paths say whose
 * each is (hl7v2-over-labels.ts). Markup of our own, synthetic people.
 */
const row = (path: string, label: string, value: string) => `<div role="row"><span role="cell">${path}</span><span role="cell">${label}</span><span role="cell">${value}</span></div>`;
const page = (rows: string[]) => `<!DOCTYPE html><html><head><title>Message detail</title></head><body>
  <header>Engine monitor · Signed in: Ines Carvalho</header>
  <div role="table" aria-label="Parsed message">${rows.join('\n')}</div></body></html>`;

const patient = [
  row('PID-3', 'Patient Identifier List', '4410982^^^HC^MR'),
  row('PID-5', 'Patient Name', 'ABERNETHY^CORDELIA^M'),
  row('PID-7', 'Date/Time of Birth', '19590611'),
  row('PID-8', 'Sex', 'F'),
];
const others = [
  row('NK1-2', 'Name', 'ABERNETHY^LUCIUS'),
  row('NK1-16', 'Date/Time of Birth', '19550130'),
  row('IN1-16', 'Name of Insured', 'ABERNETHY^LUCIUS'),
];

describe("a message viewer's labelled relatives beside the PID", () => {
  it('leave the PID patient the page\'s', async () => {
    const { reading } = await readInHappyDom(page([...patient, ...others]), 'https://engine.example.org/monitor/log/991', extractClientContext);
    expect(reading?.name).toMatch(/^Cordelia M\.? Abernethy$/);
    expect(reading?.mrn).toBe('4410982');
    expect(reading?.dob).toBe('1959-06-11');
  });

  it('read nothing without a PID patient', async () => {
    const { reading } = await readInHappyDom(page(others), 'https://engine.example.org/monitor/log/991', extractClientContext);
    expect(reading).toBeNull();
  });
});
