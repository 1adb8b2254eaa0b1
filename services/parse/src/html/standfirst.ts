import type { Element } from 'domhandler';
import { blockText, contains, isElement, normalizeSpace, precedes, textsAfter } from './dom.js';
import { SECTION_END, classTokens, isFurnitureText } from './vocabulary.js';

const OUTSIDE = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'a', 'button', 'form', 'li']);

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface StandfirstInput {
  /** Elements whose class/id names a dek/summary, or itemprop description, in document order. */
  candidates: readonly Element[];
  headline: Element | null;
  container: Element;
  body: readonly string[];
  description: string | null;
}

/**
 * The standfirst (dek) printed under the headline belongs to the story but sits in the page header:
 * outside the container the body came from, or inside it in a header block the body filter drops.
 * Accepted only after the headline and only when it repeats the page's declared description.
 */
export function findStandfirst(input: StandfirstInput): string[] {
  const { candidates, headline, container, body, description } = input;
  const bodyText = norm(body.slice(0, 3).join(' '));
  for (const el of candidates) {
    // Outside the container it must come before it; inside (a <header> the body filter dropped) it
    // must come after the headline: either way it sits between the headline and the story.
    if (contains(el, container)) continue;
    if (!contains(container, el) && !precedes(el, container)) continue;
    if (contains(container, el) && !headline) continue;
    if (headline && (contains(el, headline) || contains(headline, el) || !precedes(headline, el))) continue;
    let outside = false;
    for (let e: Element | null = el; e; e = e.parent && isElement(e.parent) ? e.parent : null) if (OUTSIDE.has(e.name)) outside = true;
    if (outside) continue;
    const lines = blockText(el)
      .split('\n')
      .filter((l) => l.length >= 15);
    const total = lines.reduce((n, l) => n + l.length, 0);
    if (lines.length === 0 || total < 40 || total > 700) continue;
    const text = norm(lines.join(' '));
    // The dek is what the page also declares as its description; anything else in the header is a teaser.
    const desc = description ? norm(description) : '';
    const declared = !!desc && (desc === text || (desc.length >= 40 && (text.startsWith(desc) || desc.startsWith(text))));
    if (!declared && !printedDek(el, headline, lines)) continue;
    if (bodyText.includes(text)) continue;
    return lines;
  }
  return [];
}

/** Class names only a standfirst carries (summary / excerpt / teaser also name related-story cards). */
const DEK_ONLY_TOKENS = new Set(['standfirst', 'dek', 'deck', 'subheadline', 'subhead', 'strapline', 'subtitle']);

/**
 * A standfirst the page does not also declare as its description: accepted when its class says so
 * unambiguously and it is printed right under the headline (among the first lines after it), and it
 * is not a sign-up prompt or other furniture.
 */
function printedDek(el: Element, headline: Element | null, lines: readonly string[]): boolean {
  if (!headline || lines.length > 2) return false;
  const tokens = classTokens(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`);
  if (!tokens.some((t) => DEK_ONLY_TOKENS.has(t))) return false;
  const text = lines.join(' ');
  if (text.length > 400 || isFurnitureText(text) || SECTION_END.test(text) || /\b(?:sign up|subscribe|newsletter)\b/i.test(text))
    return false;
  const first = normalizeSpace(lines[0]!);
  return textsAfter(headline, 4).some((t) => first.startsWith(t) && t.length >= 10);
}
