/**
 * Multi-word names (companies, clubs, competitions) looked up token by token: the first token leads to the names
 * that start with it, longest first, so a lookup costs one map read for most tokens.
 */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Indexes names as newswire's tokens spell them ("Moody's Investors Service" -> Moody, 's, Investors, Service). */
export function phraseIndex(names: Iterable<string>): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const name of names) {
    const toks = name.replace(/(\S)'s(?=\s|$)/g, "$1 's").split(' ');
    const list = index.get(toks[0]!) ?? [];
    list.push(toks);
    index.set(toks[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** The longest indexed name that starts at token `i`, as its tokens; undefined when none does. */
export function phraseAt(index: PhraseIndex, tokens: readonly string[], i: number): readonly string[] | undefined {
  return index.get(tokens[i]!)?.find((toks) => toks.every((t, k) => tokens[i + k] === t));
}
