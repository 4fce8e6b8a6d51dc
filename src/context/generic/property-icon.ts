/**
 * No-code databases print each property's name after an icon of its type: one symbol or emoji ("# Participant #",
 * "📅 Birthday", "◉ Status", "↗ Household"), or Notion's "Aa" for text. The icon is no word of the label. Never a
 * separator or a placeholder ("---", "·", "|"): a line read as one text puts those before the next caption.
 */
const TYPE_ICON = /^(?:[^\p{L}\p{N}\s\-–—_.·•|/\\:,;()[\]'"*]\uFE0F?|Aa)\s+(?=\p{L})/u;

export function withoutTypeIcon(label: string): string {
  return label.replace(TYPE_ICON, '');
}
