import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { matchLabel } from '../../../src/context/generic/labels';

const doc = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html lang="es"><head><title>Registro</title></head><body>${body}</body></html>`, 'text/html');
const read = (d: Document) => extractClientContext(d, 'https://centro.example.org/registro/4410', { adapters: [], today: '2026-12-07' });

describe('a bare "Nombre" caption', () => {
  it('labels the name, alone or glossed', () => {
    expect(matchLabel('Nombre:')?.field).toBe('name');
    expect(matchLabel('Nombre / Name:')?.field).toBe('name');
    expect(matchLabel('Nombre completo')?.field).toBe('name');
  });

  it('names the record on a bilingual sheet, as "Name" does; the relative\'s "Nombre" in their own section is theirs', async () => {
    const d = doc(
      `<section><h1>Registro / Registration</h1>` +
        `<p><b>Nombre / Name:</b> Graciela Montoya Ruelas</p><p><b>Expediente / MRN:</b> MT-77120</p>` +
        `<p><b>Fecha de nacimiento / Date of birth:</b> 14/11/1983</p></section>` +
        `<section><h2>Contacto de emergencia / Emergency contact</h2><p><b>Nombre / Name:</b> Aurelio Montoya</p>` +
        `<p><b>Teléfono / Phone:</b> (915) 555-0120</p></section>`,
    );
    expect(await read(d)).toMatchObject({ name: 'Graciela Montoya Ruelas', mrn: 'MT-77120', dob: '1983-11-14' });
  });
});
