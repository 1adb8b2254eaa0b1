import { parseDocument } from 'htmlparser2';
import type { AnyNode, ChildNode, Document, Element } from 'domhandler';

/** Parses HTML leniently into a domhandler tree (lower-cased tag and attribute names, entities decoded). */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** Depth-first list of elements under `root` matching `pred`. */
export function findAll(root: AnyNode, pred: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node !== root && pred(node)) out.push(node);
    if ('children' in node) {
      const kids = node.children as ChildNode[];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

export function findFirst(root: AnyNode, pred: (el: Element) => boolean): Element | null {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node !== root && pred(node)) return node;
    if ('children' in node) {
      const kids = node.children as ChildNode[];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return null;
}

/** Raw concatenated text of a subtree (no block separation); scripts and styles skipped. */
export function rawText(node: AnyNode): string {
  return rawTextUpTo(node, Infinity)!;
}

/** rawText, or null as soon as it grows past `max` characters (cheap on large subtrees). */
export function rawTextUpTo(node: AnyNode, max: number): string | null {
  if (node.type === 'text') {
    const data = (node as unknown as { data: string }).data;
    return data.length > max ? null : data;
  }
  if (node.type === 'script' || node.type === 'style' || !('children' in node)) return '';
  let s = '';
  const stack: AnyNode[] = [...(node.children as ChildNode[])].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      s += (n as unknown as { data: string }).data;
      if (s.length > max) return null;
    } else if (n.type !== 'script' && n.type !== 'style' && 'children' in n) {
      const kids = n.children as ChildNode[];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return s;
}

export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

const TEXT_BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'blockquote',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'dd',
  'dt',
  'dl',
  'address',
  'time',
]);

/** Text of a subtree with a newline at block boundaries (and around <time>), so labels never glue to names. */
export function blockText(node: AnyNode): string {
  const parts: string[] = [];
  // Items are nodes to visit or the marker for leaving a block element.
  const stack: (AnyNode | 'exit')[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === 'exit') {
      parts.push('\n');
      continue;
    }
    if (n.type === 'text') {
      parts.push((n as unknown as { data: string }).data);
      continue;
    }
    if (!isElement(n) || n.type !== 'tag') {
      if (n.type === 'root' && 'children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
      continue;
    }
    if (TEXT_BLOCKS.has(n.name)) {
      parts.push('\n');
      stack.push('exit');
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts
    .join('')
    .split('\n')
    .map((l) => normalizeSpace(l))
    .filter((l) => l.length > 0)
    .join('\n');
}

function pathTo(node: AnyNode): AnyNode[] {
  const path: AnyNode[] = [];
  for (let n: AnyNode | null = node; n; n = n.parent) path.unshift(n);
  return path;
}

/** True when `a` starts before `b` in document order (an ancestor precedes its descendants). */
export function precedes(a: AnyNode, b: AnyNode): boolean {
  if (a === b) return false;
  const pa = pathTo(a);
  const pb = pathTo(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return true;
  if (i === pb.length) return false;
  const parent = pa[i - 1];
  if (!parent || !('children' in parent)) return false;
  const kids = (parent as { children: AnyNode[] }).children;
  return kids.indexOf(pa[i]!) < kids.indexOf(pb[i]!);
}

export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The nearest `max` non-empty text nodes after (or before) `el` in document order, nearest first, skipping
 * scripts and styles.
 */
function adjacentTexts(el: AnyNode, max: number, dir: 'next' | 'prev'): string[] {
  const out: string[] = [];
  let node: AnyNode | null = el;
  // Climb until a sibling exists in that direction, then walk that subtree from the near end; repeat.
  while (node && out.length < max) {
    let sib: AnyNode | null = node[dir];
    let up: AnyNode | null = node;
    while (!sib && up) {
      up = up.parent;
      sib = up ? up[dir] : null;
    }
    if (!sib) break;
    const stack: AnyNode[] = [sib];
    while (stack.length > 0 && out.length < max) {
      const n = stack.pop()!;
      if (n.type === 'text') {
        const t = normalizeSpace((n as unknown as { data: string }).data);
        if (t) out.push(t);
      } else if (n.type === 'tag' && 'children' in n) {
        if (SKIPPED.has((n as Element).name)) continue;
        const kids = (n as Element).children;
        // The stack pops last-in first: push so that the child nearest to `el` comes out first.
        if (dir === 'next') for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
        else for (const c of kids) stack.push(c);
      }
    }
    node = sib;
  }
  return out;
}

/** The first `max` non-empty text nodes after `el` in document order (skipping scripts and styles). */
export const textsAfter = (el: AnyNode, max: number): string[] => adjacentTexts(el, max, 'next');

/** The last `max` non-empty text nodes before `el` in document order, nearest first (skipping scripts and styles). */
export const textsBefore = (el: AnyNode, max: number): string[] => adjacentTexts(el, max, 'prev');
