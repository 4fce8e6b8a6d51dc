import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A crisis line's "Caller name" (crisis-caller.ts). Markup of our own, synthetic people. */
const read = async (body: string) =>
  (await readInHappyDom(`<!DOCTYPE html><html><head><title>Call record</title></head><body>${body}</body></html>`, 'https://line.example.org/calls/90412', extractClientContext)).reading;

const record = (callType: string, more = '') =>
  `<h1>Call record 90412</h1><dl><dt>Call type</dt><dd>${callType}</dd><dt>Caller name</dt><dd>Ottoline Brackenbury</dd>` +
  `<dt>Date of birth</dt><dd>1988-05-14</dd><dt>Client #</dt><dd>LN-30177</dd>${more}</dl>`;

describe("a crisis line's caller", () => {
  it('is the client on a self call', async () => {
    const r = await read(record('Self'));
    expect(r?.name).toBe('Ottoline Brackenbury');
    expect(r?.mrn).toBe('LN-30177');
  });

  it('is no client on a third-party call', async () => {
    expect((await read(record('Third party – concerned family member')))?.name).toBeUndefined();
  });

  it('yields to the person of concern named beside them', async () => {
    const r = await read(record('Self', '<dt>Client name</dt><dd>Ambrose Kittredge</dd>'));
    expect(r?.name ?? null).not.toBe('Ottoline Brackenbury');
  });
});
