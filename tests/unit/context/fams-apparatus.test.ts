import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { normalizeLocation } from '../../../src/context/parse/fields';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An EMS crew's vehicle ("Medic 12") under a "Unit" caption is no place the client is (parse/apparatus.ts); a
 * hospital's nursing unit still is. Markup of our own, synthetic people.
 */
const card = (unit: string) => `<!DOCTYPE html><html><head><title>Incoming</title></head><body>
<div class="top">Hub · Charge RN Ilse Marr</div>
<section><div class="card"><h2 class="title">Okafor, Benedikt</h2><div>Stroke alert · LKW 20:55</div>
<div class="kv"><div><span>Birthdate</span> <span>1968-03-11</span></div><div><span>Sex</span> <span>Male</span></div><div><span>Unit</span> <span>${unit}</span></div></div></div></section></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://hub.example.org/incoming/LC-1', extractClientContext)).reading;

describe("a crew's vehicle", () => {
  it('is no location', () => {
    for (const v of ['Medic 12', 'Engine 9', 'Ambulance 4A', 'rescue 1']) expect(normalizeLocation(v), v).toBeNull();
    for (const v of ['Unit 4', '4 West 412-B', 'ED 07']) expect(normalizeLocation(v), v).toBe(v);
  });

  it("is left out of an incoming patient's card", async () => {
    const r = await read(card('Medic 12'));
    expect(r?.name).toBe('Benedikt Okafor');
    expect(r?.location).toBeUndefined();
  });
});
