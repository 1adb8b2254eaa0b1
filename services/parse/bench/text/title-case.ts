const MINOR = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'as', 'at', 'by', 'in', 'of', 'on', 'to', 'up', 'via', 'vs']);

/** Headline-style Title Case, used by the benches to turn sentences into injected "related headline" fragments. */
export function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w, i) =>
      i > 0 && MINOR.has(w.toLowerCase())
        ? w.toLowerCase()
        : w.replace(/^(["'‘“(]?)(\p{Ll})/u, (_m, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(' ');
}
