/**
 * A small set of a reader's notes carried in a link's fragment (`#notes=…`), which no server
 * sees: JSON, deflated (CompressionStream 'deflate-raw'), base64url. Decoding stops at a size
 * limit while it inflates, so a crafted link cannot exhaust memory, and every note is checked
 * against the one schema before anything is shown.
 */
import { zhCN } from 'zod/locales';
import { limits, readerNoteSchema, type ReaderNote } from './note-schema.ts';

export const shareKey = 'notes';
/** Bytes a shared link may hold before compression: 50 notes of ordinary length fit many times over. */
export const maxShareBytes = 256 * 1024;

/** Short keys keep the link short; one note per array entry, its tags last when it has any. */
type Packed = [id: string, section: string, exact: string, prefix: string, suffix: string, start: number, note: string, created: string, modified: string, tags?: string[]];

const pack = (note: ReaderNote): Packed => [note.id, note.section, note.exact, note.prefix, note.suffix, note.start, note.note, note.created, note.modified, ...(note.tags?.length ? [note.tags] : [])] as Packed;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > max) {
      await reader.cancel();
      throw new Error(`分享的批注太大：解压后超过 ${max / 1024} KB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Base64url, a chunk at a time: spreading a long array into one call overflows the stack. */
function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (character) => character.charCodeAt(0));

/** Why these notes cannot go into a link (too many, or more than a receiver accepts); none when they can. */
export function shareRefusal(notes: readonly ReaderNote[]): string | undefined {
  if (notes.length > limits.shared) return `一次最多分享 ${limits.shared} 条批注`;
  const bytes = new TextEncoder().encode(JSON.stringify(notes.map(pack))).length;
  if (bytes > maxShareBytes) return `这些批注共 ${Math.ceil(bytes / 1024)} KB，分享链接最多容纳 ${maxShareBytes / 1024} KB`;
  return undefined;
}

/** The fragment's value for these notes; throws with the reason when they cannot be shared (`shareRefusal`). */
export async function encodeShare(notes: readonly ReaderNote[]): Promise<string> {
  const refusal = shareRefusal(notes);
  if (refusal) throw new Error(refusal);
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(notes.map(pack))), new CompressionStream('deflate-raw')));
}

/** The notes a fragment's value carries, each checked; or why there are none. */
export async function decodeShare(value: string): Promise<{ ok: true; notes: ReaderNote[] } | { ok: false; error: string }> {
  let data: unknown;
  try {
    if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new Error('链接里的批注不完整或被改动过');
    data = JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'), maxShareBytes)));
  } catch (error) {
    return { ok: false, error: error instanceof SyntaxError || error instanceof TypeError ? '链接里的批注不完整或被改动过' : (error as Error).message };
  }
  if (!Array.isArray(data) || data.length > limits.shared) return { ok: false, error: '链接里的批注不完整或被改动过' };
  const notes: ReaderNote[] = [];
  for (const entry of data) {
    if (!Array.isArray(entry)) return { ok: false, error: '链接里的批注不完整或被改动过' };
    const [id, section, exact, prefix, suffix, start, note, created, modified, tags] = entry as Packed;
    const parsed = readerNoteSchema.safeParse(
      { id, section, exact, prefix, suffix, start, end: typeof start === 'number' && typeof exact === 'string' ? start + exact.length : 0, note, ...(tags === undefined ? {} : { tags }), created, modified },
      { error: zhCN().localeError },
    );
    if (!parsed.success) return { ok: false, error: `链接里的批注有误：${parsed.error.issues[0]!.path.join('.')}：${parsed.error.issues[0]!.message}` };
    notes.push(parsed.data);
  }
  return { ok: true, notes };
}
