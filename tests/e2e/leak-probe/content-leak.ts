/**
 * Test build only (`chrome-leak-probe`, vite.config.ts): a second content script that reaches for
 * the network when the page asks, so network.e2e.ts can show the guard attributes a content
 * script's request to the extension. It is never part of a real build.
 */
document.addEventListener('rapport-leak-probe', (event) => {
  const url = (event as CustomEvent<unknown>).detail;
  if (typeof url === 'string') void fetch(url).catch(() => undefined);
});
