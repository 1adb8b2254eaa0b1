/** "Russia-China", "Kuala Lumpur–Singapore": two capitalised names joined by a hyphen or an en dash. */
const NAME_PAIR = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*)[-–](\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*)$/u;

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * The two halves of a hyphenated name pair ("Russia-China ties"), each with its own offsets; null when the mention is
 * not such a pair, when `keepWhole` says the whole is a name of its own (Guinea-Bissau), or when a half is not `isPart`.
 */
export function splitNamePair(
  m: TextSpan,
  keepWhole: (name: string) => boolean,
  isPart: (name: string) => boolean,
): [TextSpan, TextSpan] | null {
  const pair = NAME_PAIR.exec(m.text);
  if (!pair || keepWhole(m.text)) return null;
  const a = pair[1]!;
  const b = pair[2]!;
  if (!isPart(a) || !isPart(b)) return null;
  return [
    { text: a, start: m.start, end: m.start + a.length },
    { text: b, start: m.end - b.length, end: m.end },
  ];
}
