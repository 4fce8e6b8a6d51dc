import { describe, expect, it } from 'vitest';
import { extractClientContext } from '../../../src/context/extract';
import { readInHappyDom } from '../../corpus/harness/happy-dom';

/**
 * An internal admin tool's header names the site ("Hollins Court Admin") in a heading that nothing else marks as the
 * site's once its ids are gone: a name with the word "Admin" in it is a site's or a role's, never a person's (UI_WORDS in
 * name-shape.ts). Markup of our own (a Django admin view-only page without ids), synthetic people.
 */
const page = `<!DOCTYPE html><html lang="en"><head><title>View resident | Hollins Court Admin</title></head>
<body class=" app-residents model-resident change-form" data-admin-utc-offset="-18000">
<div>
  <div><div><h1><a href="/admin/">Hollins Court Admin</a></h1></div>
    <div>Welcome, <strong>Marit Svanholm</strong>. <a href="/admin/logout/">Log out</a></div></div>
  <div class="breadcrumbs"><a href="/admin/">Home</a> › <a href="/admin/residents/">Residents</a> › <a href="/admin/residents/resident/">Residents</a> › Resident #1147</div>
  <div class="colM">
    <h1>View resident</h1>
    <h2>Resident #1147</h2>
    <div>
      <form method="post" novalidate="">
        <fieldset class="module aligned wide">
          <div class="form-row field-full_name"><div><label>Full name:</label><div class="readonly">Percival Lyle-Ashdown</div></div></div>
          <div class="form-row field-preferred_name"><div><label>Preferred name:</label><div class="readonly">Percy</div></div></div>
          <div class="form-row field-resident_no"><div><label>Resident no:</label><div class="readonly">HC-002247</div></div></div>
          <div class="form-row field-birth_date field-sex">
            <div class="fieldBox field-birth_date"><label>Birth date:</label><div class="readonly">March 4, 1936</div></div>
            <div class="fieldBox field-sex"><label>Sex:</label><div class="readonly">Male</div></div>
          </div>
          <div class="form-row field-room"><div><label>Room:</label><div class="readonly">Maple Wing 12B</div></div></div>
          <div class="form-row field-admitted"><div><label>Admitted:</label><div class="readonly">Jan. 15, 2025</div></div></div>
          <div class="form-row field-phone"><div><label>Phone:</label><div class="readonly">-</div></div></div>
          <div class="form-row field-gp"><div><label>GP:</label><div class="readonly"><a href="/admin/staff/clinician/8/change/">Dr. Eluned Price</a></div></div></div>
          <div class="form-row field-nhs_number"><div><label>NHS number:</label><div class="readonly">943 476 5919</div></div></div>
        </fieldset>
        <div class="js-inline-admin-formset inline-group">
          <div class="tabular inline-related">
            <fieldset class="module">
              <h2>Next of kin</h2>
              <table>
                <thead><tr><th class="original"></th><th>Name</th><th>Relationship</th><th>Phone</th><th>Date of birth</th></tr></thead>
                <tbody>
                  <tr class="form-row has_original"><td class="original"><p>Imogen Lyle-Ashdown</p></td>
                    <td class="field-name"><p>Imogen Lyle-Ashdown</p></td><td class="field-relationship"><p>Daughter</p></td>
                    <td class="field-phone"><p>01632 960 418</p></td><td class="field-date_of_birth"><p>June 22, 1968</p></td></tr>
                  <tr class="form-row has_original"><td class="original"><p>Crispin Lyle-Ashdown</p></td>
                    <td class="field-name"><p>Crispin Lyle-Ashdown</p></td><td class="field-relationship"><p>Son</p></td>
                    <td class="field-phone"><p>07700 900 613</p></td><td class="field-date_of_birth"><p>Sept. 9, 1971</p></td></tr>
                </tbody>
              </table>
            </fieldset>
          </div>
        </div>
        <div class="js-inline-admin-formset inline-group">
          <div class="tabular inline-related last-related">
            <fieldset class="module">
              <h2>Room history</h2>
              <table>
                <thead><tr><th>Room</th><th>From</th><th>To</th><th>Shared with</th></tr></thead>
                <tbody>
                  <tr class="form-row"><td><p>Oak Wing 3</p></td><td><p>Jan. 15, 2025</p></td><td><p>May 2, 2025</p></td><td><p>Alaric Thorne (HC-002202)</p></td></tr>
                  <tr class="form-row"><td><p>Maple Wing 12B</p></td><td><p>May 2, 2025</p></td><td><p>-</p></td><td><p>-</p></td></tr>
                </tbody>
              </table>
            </fieldset>
          </div>
        </div>
        <div class="submit-row"><a href="/admin/residents/resident/" class="closelink">Close</a></div>
      </form>
    </div>
  </div>
</div>

</body></html>
</html>`;

describe("an admin site's heading", () => {
  it('names no one: the labelled full name is the resident', async () => {
    const { reading } = await readInHappyDom(page, 'https://admin.hollins.example/admin/residents/resident/2247/change/', extractClientContext);
    expect(reading).toMatchObject({ name: 'Percival Lyle-Ashdown', mrn: 'HC-002247', dob: '1936-03-04' });
  });
});
