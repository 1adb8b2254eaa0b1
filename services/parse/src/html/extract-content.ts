import type { AnyNode, ChildNode, Element, ParentNode } from 'domhandler';
import { isElement, normalizeSpace } from './dom.js';
import { BOILERPLATE_LINE, DATE_ONLY, FURNITURE_SENTENCE, SECTION_END, classVerdict, isFurnitureText, isGated } from './vocabulary.js';

/** One run of text between block boundaries, with what the scorer needs to know about it. */
export interface TextBlock {
  text: string;
  linkChars: number;
  /** Nearest block-level element holding the text. */
  el: Element;
  heading: boolean;
  index: number;
}

export type BlockKind = 'heading' | 'item' | 'text';

export interface ContentResult {
  paragraphs: string[];
  /** Parallel to `paragraphs`: whether each one is a heading, list item / table cell, or running text. */
  kinds: BlockKind[];
  /** The chosen container (null when nothing was found). */
  container: Element | null;
  rule: string;
  confidence: number;
}

/** Never article text. */
const ALWAYS_DROP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'video',
  'audio',
  'map',
  'dialog',
  'link',
  'meta',
  'img',
  'picture',
  'source',
]);

/** Usually page furniture; kept only when they hold most of the page's text (some sites wrap everything in them). */
const STRUCTURAL_DROP = new Set(['nav', 'aside', 'footer', 'header', 'figure', 'figcaption', 'form', 'menu']);

const DROP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'search',
  'tooltip',
]);

export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'output',
  'legend',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Share of the page's text above which a furniture-looking element is kept anyway. */
const PROTECT_SHARE = 0.5;

interface Size {
  text: number;
  /** Characters inside <p> elements: a cheap proxy for article prose. */
  para: number;
}

function countChars(d: string): number {
  let n = 0;
  for (let i = 0; i < d.length; i++) if (d.charCodeAt(i) > 32) n++;
  return n;
}

/** Text and <p>-text sizes of every element under `root` (iterative: pages can nest thousands deep). */
function measure(root: AnyNode, out: Map<Element, Size>): Size {
  interface Frame {
    node: AnyNode;
    inP: boolean;
    i: number;
    size: Size;
  }
  const rootSize: Size = { text: 0, para: 0 };
  const stack: Frame[] = [{ node: root, inP: false, i: 0, size: rootSize }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const kids = 'children' in f.node ? (f.node.children as ChildNode[]) : [];
    if (f.i < kids.length) {
      const c = kids[f.i++]!;
      if (c.type === 'text') {
        const n = countChars((c as unknown as { data: string }).data);
        f.size.text += n;
        if (f.inP) f.size.para += n;
      } else if (isElement(c) && !ALWAYS_DROP.has(c.name)) {
        stack.push({ node: c, inP: f.inP || c.name === 'p', i: 0, size: { text: 0, para: 0 } });
      }
      continue;
    }
    stack.pop();
    if (isElement(f.node)) out.set(f.node, f.size);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size.text += f.size.text;
      parent.size.para += f.size.para;
    }
  }
  return rootSize;
}

type DropReason = 'always' | 'furniture' | 'class' | 'mixed-class' | null;

function dropReason(el: Element): DropReason {
  if (ALWAYS_DROP.has(el.name)) return 'always';
  const a = el.attribs;
  // Paywalled story text is often served hidden behind a subscriber-only class: it is still the story.
  const hidden = a['hidden'] !== undefined || a['aria-hidden'] === 'true' || (a['style'] !== undefined && HIDDEN_STYLE.test(a['style']));
  if (hidden && !isGated(a['class'], a['id'])) return 'furniture';
  if (STRUCTURAL_DROP.has(el.name)) return 'furniture';
  const role = a['role'];
  if (role && DROP_ROLES.has(role)) return 'furniture';
  if (!a['class'] && !a['id']) return null;
  // Landmarks that declare the main content are never dropped for their class names.
  if (role === 'main' || el.name === 'main' || el.name === 'article' || (a['itemprop'] ?? '').includes('articleBody')) return null;
  const v = classVerdict(a['class'], a['id']);
  if (!v.negative) return null;
  return v.positive ? 'mixed-class' : 'class';
}

/** Cuts the page into text blocks at block-element and <br> boundaries, skipping boilerplate subtrees. */
export function linearize(root: Element): TextBlock[] {
  const sizes = new Map<Element, Size>();
  const total = measure(root, sizes);
  // A furniture-looking element that holds most of the page's prose is the article in a badly named wrapper.
  const isProtected = (el: Element, share: number): boolean => {
    const s = sizes.get(el);
    if (!s) return false;
    if (total.para >= 200 && s.para >= total.para * share) return true;
    return s.text >= Math.max(total.text * share, 200);
  };
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;

  const flush = (el: Element): void => {
    if (parts.length === 0) return;
    const text = normalizeSpace(parts.join(''));
    if (text.length > 0) {
      blocks.push({ text, linkChars: Math.min(linkChars, text.length), el, heading: HEADINGS.has(el.name), index: blocks.length });
    }
    parts = [];
    linkChars = 0;
  };

  // Iterative walk: a frame per open element; leaving a block element flushes its text.
  interface Frame {
    kids: readonly ChildNode[];
    i: number;
    blockEl: Element;
    inLink: boolean;
    /** Set when this frame is a block element whose text must be flushed on exit. */
    block: Element | null;
  }
  const stack: Frame[] = [{ kids: root.children ?? [], i: 0, blockEl: root, inLink: false, block: null }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    if (f.i >= f.kids.length) {
      stack.pop();
      if (f.block) flush(f.block);
      continue;
    }
    const node = f.kids[f.i++]!;
    if (node.type === 'text') {
      const d = (node as unknown as { data: string }).data;
      parts.push(d);
      if (f.inLink) linkChars += normalizeSpace(d).length;
      continue;
    }
    if (!isElement(node)) continue;
    const el = node;
    const name = el.name;
    if (name === 'br') {
      flush(f.blockEl);
      continue;
    }
    const isBlock = BLOCK_TAGS.has(name);
    const reason = dropReason(el);
    const drop =
      reason === 'always' ||
      ((reason === 'furniture' || reason === 'class') && !isProtected(el, PROTECT_SHARE)) ||
      (reason === 'mixed-class' && !isProtected(el, PROTECT_SHARE / 2));
    if (drop) {
      if (isBlock) flush(f.blockEl);
      continue;
    }
    if (isBlock) {
      flush(f.blockEl);
      stack.push({ kids: el.children, i: 0, blockEl: el, inLink: f.inLink, block: el });
    } else {
      // In-page anchors (permalinks on subheadings, footnote marks) do not lead away from the story.
      const href = name === 'a' ? (el.attribs['href'] ?? '').trim() : '';
      const link = name === 'a' && href !== '' && !href.startsWith('#') && !href.startsWith('javascript:');
      stack.push({ kids: el.children, i: 0, blockEl: f.blockEl, inLink: f.inLink || link, block: null });
    }
  }
  flush(root);
  return blocks;
}

const SENTENCE_END = /[.!?…:;"”’»)\]。！？」』]$/;

/** How much a block looks like article prose (good) or page furniture (bad), in characters. */
export function blockWeight(b: TextBlock): { good: number; bad: number } {
  const len = b.text.length;
  const ld = b.linkChars / len;
  if (b.heading) return { good: 0, bad: ld > 0.5 ? len : 0 };
  // Link-only paragraphs are often product names or sources inside the story; link-only list items are menus.
  if (ld > 0.5) return { good: 0, bad: b.el.name === 'p' ? len * 0.2 : len };
  const sentence = SENTENCE_END.test(b.text) || / [.!?] /.test(b.text);
  if (len >= 120 || (len >= 60 && sentence)) return { good: len * (1 - ld), bad: len * ld };
  if (len >= 25 && sentence && b.el.name === 'p') return { good: len * 0.5 * (1 - ld), bad: len * ld };
  return { good: 0, bad: len * 0.6 };
}

interface Tally {
  good: number;
  bad: number;
}

/** Penalty per furniture character when choosing the container. */
const BAD_WEIGHT = 0.6;

/** The element maximising prose kept minus furniture swallowed. */
export function chooseContainer(blocks: readonly TextBlock[], root: Element): Element | null {
  const tally = new Map<Element, Tally>();
  const firstBlockIndex = new Map<Element, number>();
  for (const b of blocks) {
    const w = blockWeight(b);
    if (w.good === 0 && w.bad === 0) continue;
    for (let el: Element | null = b.el; el; el = el.parent && isElement(el.parent) ? el.parent : null) {
      const t = tally.get(el);
      if (t) {
        t.good += w.good;
        t.bad += w.bad;
      } else {
        tally.set(el, { good: w.good, bad: w.bad });
        firstBlockIndex.set(el, b.index);
      }
      if (el === root) break;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, t] of tally) {
    if (t.good === 0) continue;
    const cv = classVerdict(el.attribs['class'], el.attribs['id']);
    let bonus = 1;
    if (el.name === 'article' || (el.attribs['itemprop'] ?? '').includes('articleBody')) bonus += 0.1;
    if (cv.positive) bonus += 0.05;
    const score = (t.good - BAD_WEIGHT * t.bad) * bonus;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return null;
  // Infinite-scroll pages stack several <article>s; the story is the first substantial one.
  const bestGood = tally.get(best)!.good;
  let firstArticle: { el: Element; order: number } | null = null;
  let articles = 0;
  for (const [el, t] of tally) {
    if (el === best || el.name !== 'article' || t.good < bestGood * 0.15 || !within(el, best)) continue;
    let nested = false;
    for (let p: ParentNode | null = el.parent; p && p !== best; p = p.parent) if (isElement(p) && p.name === 'article') nested = true;
    if (nested) continue;
    articles++;
    const order = firstBlockIndex.get(el) ?? Infinity;
    if (!firstArticle || order < firstArticle.order) firstArticle = { el, order };
  }
  return articles >= 2 && firstArticle ? firstArticle.el : best;
}

function within(el: Element, container: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent && isElement(e.parent) ? e.parent : null) if (e === container) return true;
  return false;
}

function sameText(a: string, b: string): boolean {
  const n = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return n(a) === n(b);
}

/**
 * Marks blocks that belong to a section opened by a "Related stories" / "Sign up" / "Comments"
 * heading: the largest wrapper around the heading holding no article prose before it, or, when the
 * heading sits directly in the container, the run of non-prose blocks after it.
 */
function sectionEndDrops(inside: readonly TextBlock[], container: Element): boolean[] {
  const drop = new Array<boolean>(inside.length).fill(false);
  const good = inside.map((b) => blockWeight(b).good > 0);
  const firstGood = good.indexOf(true);
  for (let i = 0; i < inside.length; i++) {
    const b = inside[i]!;
    const marker =
      (b.text.length <= 80 && SECTION_END.test(b.text)) || (b.text.length < 200 && FURNITURE_SENTENCE.test(b.text) && !good[i]);
    if (drop[i] || !marker) continue;
    if (firstGood < 0 || i < firstGood) continue;
    let wrapper: Element = b.el;
    for (;;) {
      const parent = wrapper.parent;
      if (!parent || !isElement(parent) || parent === container) break;
      let holdsEarlierProse = false;
      for (let j = i - 1; j >= 0; j--) {
        if (good[j] && within(inside[j]!.el, parent)) {
          holdsEarlierProse = true;
          break;
        }
      }
      if (holdsEarlierProse) break;
      wrapper = parent;
    }
    if (wrapper !== b.el || b.heading) {
      let j = i;
      if (wrapper !== b.el) {
        for (; j < inside.length && within(inside[j]!.el, wrapper); j++) drop[j] = true;
      } else {
        drop[j++] = true;
        for (; j < inside.length && !good[j] && !inside[j]!.heading; j++) drop[j] = true;
      }
    }
  }
  return drop;
}

const STRUCTURED = new Set(['li', 'td', 'th', 'dd', 'dt']);

/**
 * Teaser boxes inside the story wrapper (headline links with a line of summary each) are link-dense
 * as a whole even where single summary lines are not: drop every block of such a wrapper.
 */
function linkDenseSubtrees(inside: readonly TextBlock[], container: Element, drop: boolean[]): void {
  const stats = new Map<Element, { text: number; links: number; blocks: number }>();
  for (const b of inside) {
    for (let el: Element | null = b.el; el && el !== container; el = el.parent && isElement(el.parent) ? el.parent : null) {
      const s = stats.get(el);
      if (s) {
        s.text += b.text.length;
        s.links += b.linkChars;
        s.blocks++;
      } else stats.set(el, { text: b.text.length, links: b.linkChars, blocks: 1 });
    }
  }
  for (let i = 0; i < inside.length; i++) {
    const b = inside[i]!;
    for (let el: Element | null = b.el; el && el !== container; el = el.parent && isElement(el.parent) ? el.parent : null) {
      const s = stats.get(el)!;
      if (s.blocks >= 3 && s.text < 1500 && s.links / s.text > 0.4) {
        drop[i] = true;
        break;
      }
    }
  }
}

/** Main text of a page as paragraphs. `title` is used to drop the headline repeated at the top of the body. */
export function extractContent(root: Element, title: string | null): ContentResult {
  const blocks = linearize(root);
  const container = chooseContainer(blocks, root);
  if (!container) return { paragraphs: [], kinds: [], container: null, rule: 'none', confidence: 0 };
  const inside = blocks.filter((b) => within(b.el, container));
  const drop = sectionEndDrops(inside, container);
  linkDenseSubtrees(inside, container, drop);
  // Before the first and after the last prose block sit bylines, dates, badges, tag lists and share
  // prompts: short non-prose lines that are not part of the story.
  const good = inside.map((b) => blockWeight(b).good > 0);
  const firstGood = good.indexOf(true);
  const lastGood = good.lastIndexOf(true);
  const kept: string[] = [];
  const kinds: BlockKind[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < inside.length; i++) {
    if (drop[i]) continue;
    if (i < firstGood && !good[i] && !inside[i]!.heading) continue;
    // Trailing lists and tables (results, specs) are often part of the story; a trailing tag list is link text, dropped below.
    if (i > lastGood && !good[i] && !inside[i]!.heading && !STRUCTURED.has(inside[i]!.el.name)) continue;
    const b = inside[i]!;
    const len = b.text.length;
    if (b.linkChars / len > 0.5) continue;
    if (len < 140 && BOILERPLATE_LINE.test(b.text)) continue;
    if (len < 60 && DATE_ONLY.test(b.text)) continue;
    if (len < 400 && isFurnitureText(b.text)) continue;
    if (b.heading && title && sameText(b.text, title)) continue;
    // Responsive layouts print the story twice and pull quotes repeat a sentence: keep the first copy.
    if (len >= 60 && !b.heading && !STRUCTURED.has(b.el.name)) {
      if (seen.has(b.text)) continue;
      seen.add(b.text);
    }
    kept.push(b.text);
    kinds.push(b.heading ? 'heading' : STRUCTURED.has(b.el.name) ? 'item' : 'text');
  }
  // Confidence: how much of the page's prose the container holds, lower for very short bodies.
  let goodAll = 0;
  let goodIn = 0;
  for (const b of blocks) goodAll += blockWeight(b).good;
  for (const b of inside) goodIn += blockWeight(b).good;
  const share = goodAll > 0 ? goodIn / goodAll : 0;
  const confidence = Math.round(Math.max(0.1, Math.min(0.95, 0.45 + 0.5 * share - (kept.length < 3 ? 0.2 : 0))) * 100) / 100;
  return { paragraphs: kept, kinds, container, rule: 'dom.density', confidence };
}
