import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * A header that names its patient inside a phrase: "Video Visit Note for <span>…</span>", "Conversation with <a>…</a>"
 * (am-subject-name.ts). Markup of our own, synthetic people.
 */
const page = (body: string) => `<!DOCTYPE html><html><head><title>Clinic</title></head><body><header class="app"><span>Clinic EHR</span><span class="user">Dr. Wren Ashdown</span></header>${body}</body></html>`;
const read = async (html: string) => (await readInHappyDom(html, 'https://ehr.example.org/visit/88', extractClientContext)).reading;

describe('the name a header is about', () => {
  it('is the leaf after "for" in a note header', async () => {
    const r = await read(page('<div class="NoteHeader_root__a1b2c"><span class="NoteHeader_type__a1b2d">Video Visit Note</span> for <span class="NoteHeader_subject__a1b2e">Perpetua Oyelaran</span> <span class="NoteHeader_meta__a1b2f">(F, 61) · DOB 03/09/1965 · Chart # 4410927</span></div><section><h3>Subjective</h3><p>Follow-up.</p></section>'));
    expect(r).toMatchObject({ name: 'Perpetua Oyelaran', mrn: '4410927', dob: '1965-03-09' });
  });

  it('is the link after "with" in a conversation header', async () => {
    const r = await read(page('<div class="Chat_header__k3" data-testid="conversation-header"><span>Conversation with</span> <a href="#">Casimir Oduya</a> <span>DOB 07/19/1992</span></div><ol><li><b>Casimir Oduya</b><p>Running late.</p></li></ol>'));
    expect(r).toMatchObject({ name: 'Casimir Oduya', dob: '1992-07-19' });
  });

  it('is nobody when two leaves are about two people, or the leaf is a doctor', async () => {
    expect(await read(page('<div class="Chat_header__k3"><span>Conversation with</span> <a href="#">Casimir Oduya</a> <span>for</span> <a href="#">Ilse Oduya</a> <span>DOB 07/19/1992</span></div>'))).toBeNull();
    expect(await read(page('<div class="Chat_header__k3"><span>Conversation with</span> <a href="#">Dr. Marit Solberg</a> <span>DOB 07/19/1992</span></div>'))).toBeNull();
  });
});
