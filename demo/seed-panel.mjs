// Gives the demo client a history through the panel itself, as a care manager would: added to the
// caseload, a call three days ago with a note, a callback now overdue, and how the client likes to be reached. Used by
// `npm start -- --screenshot` and the first-screen end-to-end test, so both show a working day.

/** A `datetime-local` value `hoursAgo` before now, in the browser's zone. */
function localInput(page, hoursAgo) {
  return page.evaluate((hours) => {
    const at = new Date(Date.now() - hours * 3_600_000);
    const pad = (n) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  }, hoursAgo);
}

/** @param {import('playwright-core').Page} panel a panel page showing a client */
export async function seedDemoClient(panel) {
  await panel.getByTestId('client-name').waitFor();
  await panel.getByTestId('enrol-client').click();
  await panel.getByTestId('cadence-status').waitFor();
  await panel.getByTestId('log-contact').click();
  await panel.getByTestId('log-contact-dialog').locator('input[type="datetime-local"]').fill(await localInput(panel, 72));
  await panel.getByTestId('contact-note').fill('Talked through the new inhaler; her daughter Maria will drive her to the follow-up visit.');
  await panel.getByTestId('log-contact-save').click();
  await panel.getByTestId('log-contact-dialog').waitFor({ state: 'detached' });

  await panel.getByTestId('add-callback').click();
  await panel.getByTestId('callback-due').fill(await localInput(panel, 2));
  await panel.getByTestId('callback-reason').fill('Walker delivery: confirm the day');
  await panel.getByTestId('callback-save').click();
  await panel.getByTestId('add-callback-dialog').waitFor({ state: 'detached' });

  await panel.locator('[data-section-id="details"] > summary').click();
  await panel.getByTestId('details-channel').selectOption('call');
  await panel.getByTestId('details-best-start').fill('16:00');
  await panel.getByTestId('details-best-end').fill('18:00');
  await panel.getByTestId('details-language').fill('English, some Spanish');
  await panel.getByTestId('details-caregiver').fill('Maria Doe');
  await panel.getByTestId('details-caregiver-relation').fill('daughter');
  await panel.getByTestId('details-caregiver-phone').fill('(555) 010-7788');
  await panel.getByTestId('details-save').click();
  await panel.getByTestId('client-caregiver').waitFor();
  await panel.locator('[data-section-id="details"] > summary').click();
  // The "Saved" confirmation would leave by itself in a few seconds; dismiss it as a user would.
  await panel.getByTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
  await panel.evaluate(() => window.scrollTo(0, 0));
}
