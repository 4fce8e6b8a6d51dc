// A generated EHR-like chart of about 25,000 elements: top bar with the signed-in user, left
// navigation, the classic patient banner, then the bulk real charts carry (flowsheet grid, orders,
// notes, a recent-patients side list).

const NAMES = ['NÚÑEZ, JOSÉ', "O'BRIEN, MARY-KATE", 'MCDONALD, ROBERT J', 'ZHANG, WEI', 'THOMPSON, AALIYAH R'];

export function ehrPageHtml() {
  const parts = [];
  parts.push('<table class="topbar" role="presentation"><tr><td class="brand">MERIDIAN GENERAL CIS</td><td class="user">Logged in: Dr. Alan Grant</td></tr></table>');
  parts.push('<nav aria-label="Chart sections"><ul>');
  for (let i = 0; i < 40; i++) parts.push(`<li><a href="#s${i}">Section ${i}</a></li>`);
  parts.push('</ul></nav><main><h1>Patient Chart</h1>');
  parts.push(`<table class="pt-header" id="pt-header">
<tr><td class="lbl">Patient:</td><td class="val pt-name"><b>DOE, JANE M</b></td><td class="lbl">MRN:</td><td class="val">MRN-100234</td></tr>
<tr><td class="lbl">DOB:</td><td class="val">01/05/1950</td><td class="lbl">Age:</td><td class="val">75 yrs</td></tr>
<tr><td class="lbl">Sex:</td><td class="val">F</td><td class="lbl">Phone:</td><td class="val">(555) 010-1234</td></tr>
<tr><td class="lbl">Location:</td><td class="val">4 West, Room 412</td><td class="lbl">Attending:</td><td class="val">Dr. Ian Malcolm</td></tr>
<tr><td class="lbl">Admit Date:</td><td class="val">03/07/2025</td><td class="lbl">Exp. Discharge:</td><td class="val">03/11/2025</td></tr>
</table>`);
  parts.push('<h2>Flowsheet</h2><table class="grid"><thead><tr><th>Taken</th><th>BP</th><th>HR</th><th>Temp</th><th>SpO2</th><th>RR</th><th>Pain</th><th>Weight</th><th>By</th></tr></thead><tbody>');
  for (let i = 0; i < 2100; i++) {
    parts.push(`<tr><td>03/${String((i % 28) + 1).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00</td><td>${110 + (i % 40)}/${70 + (i % 20)}</td><td>${60 + (i % 40)}</td><td>98.${i % 10} F</td><td>${90 + (i % 10)}%</td><td>${12 + (i % 8)}</td><td>${i % 10}</td><td>${60 + (i % 30)} kg</td><td><span class="sig">RN ${i % 7}</span></td></tr>`);
  }
  parts.push('</tbody></table><h2>Notes</h2>');
  for (let i = 0; i < 400; i++) {
    parts.push(`<div class="note"><p class="note-head"><b>Progress note</b> <span>Dr. Ian Malcolm</span></p><p>Day ${i}: stable, ambulating, tolerating diet. Plan: continue current management; <em>reassess</em> tomorrow.</p></div>`);
  }
  parts.push('</main><aside aria-label="Recent patients"><h2>Recent patients</h2><table class="grid small"><thead><tr><th>Patient</th><th>MRN</th></tr></thead><tbody>');
  NAMES.forEach((n, i) => parts.push(`<tr><td><a href="#">${n}</a></td><td>MRN-10${i}318</td></tr>`));
  parts.push('</tbody></table></aside><div id="storm"></div>');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Chart</title></head><body>${parts.join('\n')}</body></html>`;
}
