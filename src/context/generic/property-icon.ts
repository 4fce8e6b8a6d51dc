/**
 * No-code databases print each property's name after an icon of its type: a symbol or an emoji ("# Participant #",
 * "📅 Birthday", "◉ Status", "↗ Household"), or Notion's "Aa" for text. The icon is no word of the label.
 */
const TYPE_ICON = /^(?:[^\p{L}\p{N}\s]+|Aa)\s+(?=\p{L})/u;

export function withoutTypeIcon(label: string): string {
  return label.replace(TYPE_ICON, '');
}
