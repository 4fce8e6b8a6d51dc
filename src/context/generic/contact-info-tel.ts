import type { LabelRule } from './labels';

/**
 * The Lantana cda.xsl prints the patient's address and telecoms in one "Contact info" cell, lines parted by line breaks
 * only ("2207 Calle Ocho SW / Albuquerque, NM 87105 / Tel: (505) 555-0187"): the phone is the one after a telecom's
 * own caption, a home or mobile one before a work one; an address alone gives none. Whose cell it is (the patient's,
 * an author's, a participant's) is judged as for any phone label (cda-others-contact.ts).
 */
const TELECOM = /(?:^|[\s,;])(tel|phone|ph|home|mobile|cell|work)\b([^:\d]{0,14}):\s*(\+?[\d(][\d\s().+-]{6,}\d)/gi;

export const CONTACT_INFO: LabelRule = {
  field: 'phone',
  re: /^contact info(?:rmation)?$/,
  value: (raw) => {
    const found: { phone: string; work: boolean }[] = [];
    TELECOM.lastIndex = 0;
    for (let m = TELECOM.exec(raw); m && found.length < 6; m = TELECOM.exec(raw)) found.push({ phone: (m[3] as string).trim(), work: /work|office|business/i.test(`${m[1]}${m[2]}`) });
    return (found.find((f) => !f.work) ?? found[0])?.phone ?? null;
  },
};
