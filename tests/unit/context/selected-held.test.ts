import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A single-page practice app's state keeps the open patient under a selection key. Markup of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><head>${html}</head><body><div class="hdr">Sunnyvale Dental · Dr. Ama Boateng</div><div class="pt"><span class="h6">Ludovic Ferrand</span> <span class="chip">58 y</span></div><p>Medical alerts reviewed.</p></body></html>`, 'https://app.example.com/patients/x/alerts', (d, u) => extractClientContext(d, u, { today: '2026-12-07' }))).reading;
const state = (key: string) => `<script type="application/json" id="boot">{"user":{"firstName":"Ama","lastName":"Boateng"},"${key}":{"firstName":"Ludovic","lastName":"Ferrand","dateOfBirth":"1968-02-27","gender":"male"}}</script>`;

describe('a store\'s patient under a selection key', () => {
  it('is the record\'s person when the page shows their name', async () => {
    expect(await read(state('selectedPatient'))).toMatchObject({ name: 'Ludovic Ferrand', dob: '1968-02-27', sex: 'M' });
    expect(await read(state('activePatient'))).toMatchObject({ dob: '1968-02-27' });
  });
});
