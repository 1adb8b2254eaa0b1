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
    return {
      text: q.pieces.map(([a, b]) => text.slice(a, b).trim()).join(' '),
      span: [first[0], last[1]],
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
