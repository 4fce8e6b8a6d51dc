import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A case management app's page data keying its client's number `clientId` (app-state.ts). Markup of our own, synthetic people. */
const read = async (html: string) => (await readInHappyDom(html, 'https://cm.example.org/clients/CM-30127', extractClientContext)).reading;
const state = (client: object) =>
  `<script type="application/json" id="__NEXT_DATA__">${JSON.stringify({ props: { pageProps: { user: { displayName: 'Ottilie Brandvold' }, client: { firstName: 'Evander', lastName: 'Achterberg-Sow', birthDate: '1986-09-21', ...client } } } })}</script>`;
const page = (client: object) =>
  `<!DOCTYPE html><html><head><title>Client</title></head><body><main><h1>Evander Achterberg-Sow</h1><p>Linked to care 10/06/2026</p></main>${state(client)}</body></html>`;

describe('app client id', () => {
  it("reads a client object's clientId as the record number", async () => {
    expect(await read(page({ clientId: 'CM-30127' }))).toMatchObject({ name: 'Evander Achterberg-Sow', mrn: 'CM-30127', dob: '1986-09-21' });
  });

  it("prefers the client object's client number to its clientId", async () => {
    expect(await read(page({ clientId: 'row-7', clientNumber: 'CM-30127' }))).toMatchObject({ mrn: 'CM-30127' });
  });
});
