import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';
import { normalizeSex } from '../../../src/context/parse/fields';

const doc = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html lang="es"><head><title>Ficha</title></head><body>${body}</body></html>`, 'text/html');
const read = (d: Document) => extractClientContext(d, 'https://salud.example.org/pacientes/7731/ficha', { adapters: [], today: '2026-12-04' });

describe('Spanish and bilingual labels', () => {
  it('reads a Spanish-only sheet: expediente, day-first dates the page proves, ingreso and alta', async () => {
    const d = doc(
      `<div class="bar">Clínica Norte · Usuario: Enf. Rocío Salas</div>` +
        `<dl><dt>Paciente</dt><dd>Olvera Quintana, Tomás</dd><dt>No. de expediente</dt><dd>CN-55102</dd>` +
        `<dt>Fecha de nacimiento</dt><dd>18/09/1970</dd><dt>Sexo</dt><dd>Masculino</dd><dt>Teléfono</dt><dd>(520) 555-0134</dd>` +
        `<dt>No. de cuenta</dt><dd>CTA-88123</dd><dt>Fecha de ingreso</dt><dd>01/12/2026</dd><dt>Fecha de alta</dt><dd>03/12/2026</dd><dt>Sala</dt><dd>Sala B, Cama 2</dd></dl>` +
        `<p>Responsable: Quintana Rojas, Elvia · Tel. (520) 555-0171</p>`,
    );
    expect(await read(d)).toMatchObject({ name: 'Tomás Olvera Quintana', mrn: 'CN-55102', dob: '1970-09-18', sex: 'M', phone: '(520) 555-0134', admitDate: '2026-12-01', dischargeDate: '2026-12-03', location: 'Sala B, Cama 2' });
  });

  it('joins the two family names of separate fields, the paternal before the maternal', async () => {
    const d = doc(
      `<div class="grid"><div><label>Apellido paterno / Father's surname</label><div>Ibarra</div></div>` +
        `<div><label>Apellido materno / Mother's surname</label><div>Solís</div></div>` +
        `<div><label>Nombre(s) / Given name(s)</label><div>Carmen Julia</div></div>` +
        `<div><label>Expediente / MRN</label><div>SF-40017</div></div><div><label>Fecha de nacimiento / Date of birth</label><div>10/27/1999</div></div>` +
        `<div><label>Sexo / Sex</label><div>Femenino / Female</div></div></div>`,
    );
    expect(await read(d)).toMatchObject({ name: 'Carmen Julia Ibarra Solís', mrn: 'SF-40017', dob: '1999-10-27', sex: 'F' });
  });

  it('takes a bilingual caption by its Spanish half unless the English half names another field', () => {
    expect(matchLabel('Nombre del paciente / Patient name:')?.field).toBe('name');
    expect(matchLabel('No. de expediente / Chart #')?.field).toBe('mrn');
    expect(matchLabel('Teléfono / Phone')?.field).toBe('phone');
    expect(matchLabel('F. nac.:')?.field).toBe('dob');
    expect(matchLabel('No. de cuenta / Account #')?.field).toBeNull();
    expect(matchLabel('Responsable / Guarantor')?.field ?? null).toBeNull();
    expect(matchLabel('Sexo / Date of birth')).toBeNull();
  });

  it('reads a sex written in Spanish, or in both languages alike, never an option list', () => {
    expect(normalizeSex('Femenino')).toBe('F');
    expect(normalizeSex('Hombre')).toBe('M');
    expect(normalizeSex('Masculino / Male')).toBe('M');
    expect(normalizeSex('M / F')).toBe('M / F');
  });
});
