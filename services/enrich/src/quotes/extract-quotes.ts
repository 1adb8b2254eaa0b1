import type { Quote } from '@newswire/contracts';
import { DEFAULT_DIRECT_OPTIONS, findDirectQuotes, type DirectOptions } from './direct.js';
import { findReportedSpeech } from './reported.js';
import { resolveSpeaker, type EntityMention, type ResolveContext, type SpeakerSpan } from './speaker.js';

export type { EntityMention } from './speaker.js';
export type { DirectOptions } from './direct.js';

export interface ExtractQuotesOptions {
  direct?: Partial<DirectOptions>;
  /** Also report indirect speech ("X said that …", "according to X"). Default true. */
  reported?: boolean;
}

const span = (s: SpeakerSpan | null): [number, number] | null => (s ? [s.start, s.end] : null);

/*
 * How quotes are found (details in direct.ts / reported.ts):
 * - Quote marks are paired per paragraph from their shape and neighbours (marks.ts): “…”, "…", «…», „…“, ‹…›,
 *   two apostrophes ''…'' (New York Times archive style; also ``…'' and ‘‘…’’), mismatched pairs such as “…", and
 *   ‘…’ / '…' only in texts that quote with single marks (elsewhere they are apostrophes, nested quotes or
 *   headline quotes).
 * - A quoted region is a direct quote when it is speech, not a scare quote or a title: it opens its sentence (or
 *   follows an introduction "X said:") and is attributed, or it is long. Short quotes inside the writer's own
 *   sentence are left to reported speech.
 * - A quote that completes the cue before it and ends the sentence ("X says “…”", "told reporters that “…”",
 *   "said he “has …”", "promised to “…”", "calling him “…”") is direct when the quote makes up >= 90 % of the
 *   reported clause; the clause's "that"/subject/"to" is then part of the span (PolNeAR includes it).
 * - A quote split around its attribution ("…," she said, "…") and the further pieces of the same speaker in the
 *   paragraph are ONE quote whose span runs from the first to the last piece: PolNeAR (our benchmark) annotates
 *   them as one relation with several fragments, so two pieces would each fall short of the 90 % overlap and
 *   count as two misses and two false alarms; one quote per utterance is also what a reader expects.
 * - A paragraph left open (no closing mark) joins the attributed quote of the next paragraph; an unattributed
 *   quote paragraph right after an attributed quote continues that quote. Other unattributed quotes are dropped:
 *   on PolNeAR train fewer than a quarter of them are quotes the annotators attribute.
 * - The speaker phrase comes from the attribution; it resolves to an entity through the mentions (named speaker ->
 *   its mention's canonical name; he/she -> most recent PER outside quotes; they/it -> ORG; "the president" ->
 *   the most recent PER introduced with that word), or, without mentions, to the longest name in the text.
 */

/**
 * Direct quotes and reported speech in `text`, in text order, each with its speaker (as written, and resolved
 * to a canonical entity through `mentions` where possible) and its cue. Offsets are `[start, end)` into `text`.
 */
export function extractQuotes(text: string, mentions: EntityMention[], options: ExtractQuotesOptions = {}): Quote[] {
  const direct = findDirectQuotes(text, { ...DEFAULT_DIRECT_OPTIONS, ...options.direct });
  const ctx: ResolveContext = { text, mentions, quoted: direct.map((q) => [q.start, q.end]) };
  const out: Quote[] = direct.map((q) => {
    const first = q.pieces[0] ?? [q.start, q.end];
    const last = q.pieces[q.pieces.length - 1] ?? first;
    let s = first[0];
    let e = last[1];
    while (s < e && /\s/u.test(text[s] ?? '')) s++;
    while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
    return {
      text: q.pieces.map(([a, b]) => text.slice(a, b).trim()).join(' '),
      span: [s, e],
      direct: true,
      speaker: q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null,
      speakerSpan: span(q.speaker),
      speakerEntity: q.speaker ? resolveSpeaker(ctx, q.speaker) : null,
      cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
      cueSpan: span(q.cue),
    };
  });
  if (options.reported !== false) {
    for (const r of findReportedSpeech(text, ctx.quoted)) {
      out.push({
        text: text.slice(r.content.start, r.content.end),
        span: [r.content.start, r.content.end],
        direct: false,
        speaker: text.slice(r.speaker.start, r.speaker.end),
        speakerSpan: [r.speaker.start, r.speaker.end],
        speakerEntity: resolveSpeaker(ctx, r.speaker),
        cue: text.slice(r.cue.start, r.cue.end),
        cueSpan: [r.cue.start, r.cue.end],
      });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
