import type { Page } from 'playwright-core';

/** CDP modifier bits. */
const MODIFIERS: Record<string, number> = { Alt: 1, Ctrl: 2, Command: 4, MacCtrl: 2, Shift: 8 };

/**
 * Presses a manifest-style chord ("Alt+Shift+L") in the tab of `page` as a real keyboard would reach
 * the browser: a raw key-down the page does not consume goes on to Chromium's own accelerators, where
 * extension commands are registered. Playwright's keyboard.press sends a key-down with text, which the
 * page takes as typing, and without the native key code the accelerator does not match.
 */
export async function pressChord(page: Page, chord: string): Promise<void> {
  const parts = chord.split('+');
  const key = parts.pop()!;
  if (!/^[A-Z0-9]$/.test(key)) throw new Error(`pressChord handles letters and digits, not ${chord}`);
  const modifiers = parts.reduce((bits, name) => bits | (MODIFIERS[name] ?? 0), 0);
  const code = key.charCodeAt(0);
  const session = await page.context().newCDPSession(page);
  const event = { modifiers, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code, key, code: /\d/.test(key) ? `Digit${key}` : `Key${key}` };
  await page.bringToFront();
  await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event });
  await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  await session.detach();
}
