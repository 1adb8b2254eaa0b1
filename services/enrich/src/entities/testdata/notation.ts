/**
 * Test helper: runs a tag-rewriting rule on "word/TAG word ..." (untagged words are O, tokens separated by single
 * spaces) and returns the result in the same notation.
 */
export function rewrite(line: string, rule: (tokens: string[], tags: string[]) => void): string {
  const tokens: string[] = [];
  const tags: string[] = [];
  for (const part of line.split(' ')) {
    const k = part.lastIndexOf('/');
    if (k > 0 && /^[BI]-/.test(part.slice(k + 1))) {
      tokens.push(part.slice(0, k));
      tags.push(part.slice(k + 1));
    } else {
      tokens.push(part);
      tags.push('O');
    }
  }
  rule(tokens, tags);
  return tokens.map((t, i) => (tags[i] === 'O' ? t : `${t}/${tags[i]}`)).join(' ');
}
