// Test hook: a test-only build of the extension dispatches "rapport:ack" on the page; this script
// reports what it saw back to the demo server so a browser test can read it from `probes`.
document.addEventListener('rapport:ack', (e) => {
  const detail = e instanceof CustomEvent ? e.detail : null;
  fetch('/__probe', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind: 'ack', detail, href: location.href }),
  }).catch(() => {});
});
