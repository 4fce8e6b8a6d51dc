import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * Two copies of one person side by side in the same layout (a pharmacy's request and the matched chart) are one
 * client; two people who differ in anything that tells them apart stay a list (one-person-copies.ts). Markup of
 * our own, synthetic people.
 */
type Copy = [string, string][];
const box = (title: string, rows: Copy) =>
  `<div class="box"><h3>${title}</h3><div class="kv">${rows.map(([k, v]) => `<span class="k">${k}</span><span>${v}</span>`).join('')}</div></div>`;
const page = (a: Copy, b: Copy) =>
  `<!DOCTYPE html><html><head><title>Requests</title></head><body><div class="detail"><h2>Renewal request</h2><div class="two">${box('As sent by pharmacy', a)}${box('Matched chart patient', b)}</div><button>Approve</button></div></body></html>`;
const read = async (a: Copy, b: Copy) => (await readInHappyDom(page(a, b), 'https://rx.example.org/requests/R-118', extractClientContext)).reading;

const sent: Copy = [['Name', 'HALVORSEN, MARTA J'], ['DOB', '1971-09-13'], ['Gender', 'F'], ['Phone', '5035550149']];
const chart: Copy = [['Name', 'Halvorsen, Marta Jean'], ['DOB', '09/13/1971'], ['MRN', 'NW-30117'], ['Home phone', '(503) 555-0149']];

describe('one person’s two copies side by side', () => {
  it('read as one client, by the fuller name', async () => {
    const r = await read(sent, chart);
    expect(r?.name).toBe('Marta Jean Halvorsen');
    expect(r?.mrn).toBe('NW-30117');
    expect(r?.dob).toBe('1971-09-13');
  });

  it('stay two people when anything tells them apart', async () => {
    const swap = (c: Copy, k: string, v: string): Copy => c.map(([a, b]) => [a, a === k ? v : b]);
    // Twins: the same birth date, another given name.
    expect(await read(swap(sent, 'Name', 'HALVORSEN, MIRA J'), chart)).toBeNull();
    // Another birth date.
    expect(await read(swap(sent, 'DOB', '1971-09-14'), chart)).toBeNull();
    // Another middle name.
    expect(await read(swap(sent, 'Name', 'HALVORSEN, MARTA K'), chart)).toBeNull();
    // Two record numbers.
    expect(await read([...sent, ['MRN', 'NW-30118']], chart)).toBeNull();
  });
});
