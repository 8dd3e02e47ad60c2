import type { TransportResponse } from './transport.js';

/**
 * Reads a response body with a size limit enforced while it streams: a hostile or broken server cannot
 * make the process buffer an endless answer. An announced Content-Length over the limit is refused
 * before a byte is read.
 */

/** The default limit per answer. Jira's largest answer here (every scheme with every grant) is far below it. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export class ResponseTooLarge extends Error {
  override name = 'ResponseTooLarge';
  constructor(
    readonly limit: number,
    /** What the server announced (Content-Length), when it did. */
    readonly announced?: number,
  ) {
    super(`the answer is larger than ${String(limit)} bytes`);
  }
}

/** Megabytes for messages: `64 MB`, `0.5 MB`. */
export function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return `${String(Number.isInteger(value) ? value : Number(value.toFixed(2)))} MB`;
}

/**
 * Where the bytes of a body go instead of being kept whole (json-split.ts): it keeps what it does not
 * hand over, and may give up on a broken answer, after which the rest of the body is not read.
 */
export interface BodySink {
  push(chunk: Uint8Array): void;
  /** What the sink kept, decoded. */
  restText(): string;
  readonly failure: unknown;
}

/**
 * The body as text, read within `limit` bytes. With a sink, the chunks go to it as they arrive and the
 * text is what it kept.
 */
export async function readCappedText(
  response: TransportResponse,
  limit: number,
  sink?: BodySink,
): Promise<string> {
  const length = response.headers.get('content-length');
  const announced = length === null || length.trim() === '' ? undefined : Number(length);
  if (announced !== undefined && Number.isFinite(announced) && announced > limit) {
    response.discard();
    throw new ResponseTooLarge(limit, announced);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const value of response.body) {
      total += value.byteLength;
      if (total > limit) throw new ResponseTooLarge(limit);
      if (sink === undefined) chunks.push(value);
      else {
        sink.push(value);
        if (sink.failure !== undefined) break;
      }
    }
  } finally {
    // Leaving the loop early (the limit, a broken answer, an error) must let the connection go.
    response.discard();
  }
  if (sink !== undefined) return sink.restText();
  // TextDecoder, as Response.text() did: UTF-8, a byte-order mark dropped.
  return new TextDecoder().decode(Buffer.concat(chunks, total));
}
