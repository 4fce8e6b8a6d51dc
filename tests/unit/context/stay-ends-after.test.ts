import { describe, expect, it } from 'vitest';
import { withoutDischargeBeforeAdmission } from '../../../src/context/generic/stay-ends-after';
import type { Reading } from '../../../src/context/reading';

/** An HIE summary's encounter list: the open admission, and an older ED visit's discharge read from its own line. */
const reading = (admitDate: string, dischargeDate: string): Reading => ({
  fields: { name: 'Marit Okonkwo-Lind', mrn: 'RX-220187', admitDate, dischargeDate },
  provenance: { admitDate: 'label "Admitted"', dischargeDate: '"discharged" in a sentence' },
  dischargeActual: true,
  ambiguousDates: false,
});

describe('a discharge before the admission read', () => {
  it("is an earlier stay's, not this one's", () => {
    const r = withoutDischargeBeforeAdmission(reading('2026-11-28', '2026-10-19'));
    expect(r.fields).toEqual({ name: 'Marit Okonkwo-Lind', mrn: 'RX-220187', admitDate: '2026-11-28' });
    expect(r.provenance.dischargeDate).toBeUndefined();
    expect(r.dischargeActual).toBeUndefined();
  });

  it('ends the stay on or after its admission', () => {
    expect(withoutDischargeBeforeAdmission(reading('2026-11-28', '2026-12-03')).fields.dischargeDate).toBe('2026-12-03');
    expect(withoutDischargeBeforeAdmission(reading('2026-11-28', '2026-11-28')).fields.dischargeDate).toBe('2026-11-28');
  });
});
