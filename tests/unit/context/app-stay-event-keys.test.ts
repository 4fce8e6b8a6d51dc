import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A store keeping the stay as events: `admittedAt`, `expectedDischarge`, `location`. Markup of our own, synthetic people. */
const state = {
  patient: { id: 'q-3', mrn: '7730021', firstName: 'Bertil', lastName: 'Osei-Hammond', dob: '1951-05-05', sex: 'M' },
  stays: [{ id: 's-1', patientId: 'q-3', admittedAt: '2026-11-29T10:00:00-05:00', expectedDischarge: '2026-12-08', location: '5E-21' }],
};
const page = `<!DOCTYPE html><html><head><title>Stay</title></head><body><h1>Bertil Osei-Hammond</h1><p>Rounds pending.</p>
<script type="application/json" id="app">${JSON.stringify(state)}</script></body></html>`;

describe('stay kept as events', () => {
  it('reads admittedAt, expectedDischarge and location', async () => {
    expect((await readInHappyDom(page, 'https://ward.example.org/stay', extractClientContext)).reading).toMatchObject({ name: 'Bertil Osei-Hammond', admitDate: '2026-11-29', dischargeDate: '2026-12-08', location: '5E-21' });
  });
});
