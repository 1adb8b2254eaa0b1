/** Why a document was refused; stable codes so the worker can dead-letter with a clear reason. */
export type ParseErrorCode = 'EMPTY' | 'NO_WORDS' | 'JSON_INVALID' | 'JSON_NO_ARTICLE' | 'FEED_INVALID' | 'FEED_EMPTY' | 'NO_CONTENT';

/** Thrown for input that is not an article; permanent (retrying the same bytes cannot help). */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  constructor(
    readonly code: ParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}
