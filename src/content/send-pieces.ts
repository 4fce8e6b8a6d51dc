import { jsonPieces, PIECE_CHARS } from '../context/snapshot/mirror-pieces';
import type { SendFromContent } from '../messaging/content-transport';
import type { ContentReply } from '../messaging/replies';
import type { MessageOf } from '../messaging/schema';

/**
 * Sends a read's message (docs/reader-split.md, "Pieces"): whole when its JSON text is under one piece, else that text
 * piece by piece, each made and serialised in the task its last piece's answer arrives in, so no task serialises more
 * than a piece. The answer to the last piece is the message's; a piece answered `resend` (the background lost the
 * pieces before it) ends the sending there, and the read sends the page whole again.
 */
export async function sendInPieces(message: MessageOf<'snapshot/read'>, send: SendFromContent, size = PIECE_CHARS): Promise<ContentReply<'snapshot/read'>> {
  const pieces = jsonPieces(message, size);
  let piece = pieces.next();
  if (piece.done) return send(message);
  for (let n = 0; ; n++) {
    const answer = await send({ type: 'snapshot/piece', doc: message.part.doc, n, text: piece.value, ...(piece.done ? { end: true as const } : {}) });
    if (piece.done || 'resend' in answer || !answer.ok) return answer;
    piece = pieces.next();
  }
}
