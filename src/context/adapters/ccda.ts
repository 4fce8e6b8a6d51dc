import type { AdapterRules, SiteAdapter } from './types';
import { ccdaMatch } from './sites';
import { siteAdapter } from './define';

/**
 * A C-CDA document rendered with the HL7 CDA stylesheet (CDA.xsl): header tables of
 * `td_header_role_name` / `td_header_role_value` cells. The patient's row is labelled "Patient";
 * authors, custodians and guardians have their own labels. "Patient IDs" prints "extension root-OID"
 * per id, so the record number is the first token past an SSN's line and a root-only OID's, and there is
 * none when the list holds only those. The
 * header's encounter table dates the stay ("Encounter Date"); the patient's "Contact info" line "Tel: …" is the phone.
 */
export const ccdaRules: AdapterRules = {
  rootName: 'document header',
  fields: {
    name: { label: /^patient$/i },
    dob: { label: /^date of birth$/i },
    sex: { label: /^sex$/i },
    // Never an SSN (an entry whose root is the SSN's OID) nor a bare OID, even when the list holds nothing else.
    mrn: { label: /^patient[- ]ids?$/i, pattern: /^(?:\S+\s+2\.16\.840\.1\.113883\.4\.1\s+|[0-2](?:\.\d+){3,}\s+)*(?!\S+\s+2\.16\.840\.1\.113883\.4\.1(?!\S)|[0-2](?:\.\d+)+(?!\S))(\S+)/ },
    // "From March 1, 2025, 08:15 to March 8, 2025, 11:30": the encompassing encounter's period.
    admitDate: { label: /^encounter date$/i, pattern: /(?:from|at)\s+(.+?)(?:\s+to\s|$)/i },
    dischargeDate: { label: /^encounter date$/i, pattern: /\sto\s+(.+)$/i },
    // The patient's own table (the header's first) holds its "Contact info": an author's table below has one too.
    phone: { label: /^contact info$/i, within: '.header_table', pattern: /tel[^:]{0,20}:\s*([+(\d][\d\s().+-]{5,}\d)/i },
  },
};

export const ccda: SiteAdapter = /* @__PURE__ */ siteAdapter(
  ccdaMatch,
  {
    label: 'C-CDA (HL7 stylesheet)',
    sampleUrls: ['https://hie.example.org/docs/ccd-2025-03-10.xml', 'http://127.0.0.1:8080/ccda/summary-4411'],
  },
  ccdaRules,
);
