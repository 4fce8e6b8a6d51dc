import browser from 'webextension-polyfill';

/**
 * The browser's sign-in window for SMART: `identity.launchWebAuthFlow` opens the team server's
 * authorize page and hands back the URL it redirected to (the `identity.getRedirectURL()` address,
 * which the browser intercepts and never loads). Works the same in Chrome and Firefox. `identity`
 * is an optional permission, so these are only called once the user granted it.
 */
export function signInRedirectUrl(): string {
  return browser.identity.getRedirectURL();
}

export async function launchSignInWindow(authorizeUrl: string): Promise<string> {
  const returned = await browser.identity.launchWebAuthFlow({ url: authorizeUrl, interactive: true });
  if (!returned) throw new Error('The sign-in window closed without an answer');
  return returned;
}
