import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** Bilingual (French / English) captions in a grid of caption-over-value cells (french-labels.ts). Our own markup. */
const cell = (k: string, v: string) => `<div class="c"><div class="k">${k}</div><div class="v">${v}</div></div>`;
const page = (phoneCaption: string) =>
  '<!DOCTYPE html><html><head><title>Dossier</title></head><body><h1>BOUCHARD, Élise</h1>' +
  `<div class="grid">${cell('No de dossier / Chart no.', '55190')}${cell('Date de naissance / Date of birth', '1977-10-02')}${cell('Sexe / Sex', 'F')}${cell('Langue préférée / Preferred language', 'Français')}${cell(phoneCaption, '(418) 555-0163')}${cell('Cellulaire / Mobile', '(418) 555-0190')}</div></body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://dme.example.ca/dossier/55190', extractClientContext)).reading;

describe('a bilingual French / English caption', () => {
  it('reads the home phone under "Téléphone (domicile) / Home phone", before the mobile', async () => {
    expect(await read(page('Téléphone (domicile) / Home phone'))).toMatchObject({ mrn: '55190', phone: '(418) 555-0163' });
  });
});
