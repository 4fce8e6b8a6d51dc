import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/** A bed board whose picked card opens a workspace beside it (picked-workspace.ts). Markup and people of our own. */
const read = async (html: string) => (await readInHappyDom(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://wards.example.org/app/beds/4-north', extractClientContext)).reading;

const card = (bed: string, name: string, id: string, picked = false) => `<div class="_bedSlot_q2w8e_4"><div class="_patientCard_k3j9x_1${picked ? ' _selected_k3j9x_77' : ''}">
  <div class="_cardRow_k3j9x_8"><span class="_bedNo_p0o9i_2">${bed}</span><span class="_patientName_k3j9x_30">${name}</span><span>67 yrs</span><span>M</span></div>
  <div class="_cardRow_k3j9x_8"><span class="_patientId_k3j9x_40">Hosp No ${id}</span><span>Admitted 3 days ago</span></div></div></div>`;
const board = (pickedId: string) => `<header><span class="_userName_z1x2c_3">Lorna Vasquez</span></header>
<main><h4>4 North</h4><div class="_beds_m4n5b_27">${card('4N-01', 'Bertrand Okafor', 'H55102', pickedId === 'H55102')}${card('4N-02', 'Casimir Lindqvist', 'H55140', pickedId === 'H55140')}${card('4N-03', 'Dorian Achterberg', 'H55177', pickedId === 'H55177')}</div></main>`;
const pane = (name: string, id: string) => `<aside class="_workspace_r5t6y_1" aria-label="Patient workspace"><div class="_content_r5t6y_9">
  <div><div class="_bedNo_p0o9i_2">4N-02</div><div class="_patientName_k3j9x_30">${name}</div><div>M · 67 y · 03/09/1959 · ID ${id}</div></div>
  <p><span>Location</span> 4 North, Bed 4N-02</p><p><span>Next of kin</span> Ilse Lindqvist (Wife) · 555-0143</p></div></aside>`;

describe('a picked card opened in a workspace beside the list (picked-workspace.ts)', () => {
  it("reads the pane when it repeats the picked card's name and record number", async () => {
    expect(await read(board('H55140') + pane('Casimir Lindqvist', 'H55140'))).toMatchObject({ name: 'Casimir Lindqvist', mrn: 'H55140', dob: '1959-03-09' });
  });

  it('reads nothing when the pane shows someone other than the picked card', async () => {
    expect(await read(board('H55102') + pane('Casimir Lindqvist', 'H55140'))).toBeNull();
  });

  it("reads nothing from a relative's drawer, whose person is on no card", async () => {
    const kin = `<aside class="_workspace_r5t6y_1"><div class="_patientName_k3j9x_30">Ilse Lindqvist</div><p>Relationship: Wife</p><p>Phone: 555-0143</p></aside>`;
    expect(await read(board('H55140') + kin)).toBeNull();
  });

  it('reads nothing when no card is picked', async () => {
    expect(await read(board('none') + pane('Casimir Lindqvist', 'H55140'))).toBeNull();
  });
});
