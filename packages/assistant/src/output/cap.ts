/**
 * Shortens `text` to at most `max` characters, cutting at the last sentence end (or
 * else word break) that fits and marking the cut with "…". The cap is a hard limit:
 * whatever the model or a prompt injection produced, no more than `max` is sent.
 */
export function capText(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  if (max <= 1) return trimmed.slice(0, Math.max(0, max));
  const room = trimmed.slice(0, max - 1);
  const sentence = Math.max(
    room.lastIndexOf('. '),
    room.lastIndexOf('! '),
    room.lastIndexOf('? '),
    room.lastIndexOf('\n'),
  );
  if (sentence >= max * 0.5) return `${room.slice(0, sentence + 1).trimEnd()}`;
  const word = room.lastIndexOf(' ');
  const cut = word >= max * 0.5 ? room.slice(0, word) : room;
  return `${cut.trimEnd()}…`;
}
