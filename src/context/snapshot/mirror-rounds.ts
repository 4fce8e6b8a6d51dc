import type { SliceOptions } from '../slicer';
import type { MirrorSender } from './mirror-send';
import { MAX_ROUNDS, type MirrorAnswer, type MirrorPart } from './mirror-wire';

/**
 * One read through the mirror, from the frame (docs/reader-split.md): `first` (the sender's `begin`:
 * the page's changes) goes, then the layout verdicts the reading page asks for, round after round,
 * until it answers with a reading. A reading page that lost the mirror is sent the page whole (once
 * a read). Null when the rounds run out: no reading beats a guessed one. A failed message leaves the
 * mirror unknown: the next read sends it whole. A stopped sender's read ends with an error, never a
 * reading: the reader that replaced it reports for the frame.
 */
export async function readInRounds<T extends object>(sender: MirrorSender, first: MirrorPart, send: (part: MirrorPart) => Promise<T | MirrorAnswer>, options: SliceOptions = {}): Promise<T | null> {
  let part = first;
  let resent = false;
  try {
    for (let sent = 0; sent <= MAX_ROUNDS + 1; sent++) {
      // A reader replaced meanwhile (a second injection) must not fight the new one over this frame's mirror.
      if (sender.stopped) throw new Error('reader stopped');
      if (part.round === 0) sender.sent();
      const answer = await send(part);
      if ('resend' in answer && answer.resend) {
        if (resent) return null;
        resent = true;
        sender.reset();
        part = await sender.begin(options);
      } else if ('ask' in answer && Array.isArray(answer.ask)) part = sender.answer(answer.ask, part.round + 1);
      else return answer as T;
    }
  } catch (error) {
    sender.reset();
    throw error;
  }
  return null;
}
