import type { GenericResult } from './index';
import type { StructuredReading } from './structured';

/**
 * A message viewer labels every person in an HL7 v2 message alike ("NK1-2 Name", "IN1-16 Name of Insured", "PV1-7
 * Attending Doctor" beside "PID-5 Patient Name"), so the labelled reader sees several people and gives up. The
 * message itself says whose each name is: when it is the only structured data and names one patient, that patient is
 * the page's, as a list's picked row is. Two messages, or a message beside other records, still read nothing.
 */
const CONFIDENCE = 0.8;

export function messageOverLabels(structured: StructuredReading[]): GenericResult | null {
  const [only, ...more] = structured;
  if (!only || more.length > 0 || only.state || !only.reading.provenance.name?.startsWith('HL7 v2')) return null;
  return { reading: only.reading, confidence: CONFIDENCE };
}
