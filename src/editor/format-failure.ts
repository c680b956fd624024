/**
 * A stop, printed once and compactly for a person: `file:line:col  rule  message`, the lines of
 * the YAML entry (or edition line) it names with the line marked, and for a quote that is not in
 * the essay, the closest passage with the differing characters marked ([-removed-] {+added+}).
 */
import { diffChars } from 'diff';
import type { VFile } from 'vfile';

type VFileMessage = VFile['messages'][number];

/** Lines of the entry around `line`: from the entry's first line (`- `) to the next entry, at most 12. */
function codeFrame(text: string, line: number): string {
  const lines = text.split('\n');
  let start = line - 1;
  while (start > 0 && !/^- /.test(lines[start]!) && line - start < 9) start--;
  let end = line;
  while (end < lines.length && !/^- /.test(lines[end]!) && end - start < 12) end++;
  const width = String(end).length;
  return lines
    .slice(start, end)
    .map((content, index) => {
      const number = start + index + 1;
      const shown = content.length > 100 ? `${content.slice(0, 99)}…` : content;
      return `${number === line ? '>' : ' '} ${String(number).padStart(width)} | ${shown}`;
    })
    .join('\n');
}

/** Where a quote and the passage closest to it differ; long equal runs cut to their ends. */
export function markDifferences(quote: string, passage: string): string {
  return diffChars(quote, passage)
    .map((part) => {
      if (part.removed) return `[-${part.value}-]`;
      if (part.added) return `{+${part.value}+}`;
      return part.value.length > 24 ? `${part.value.slice(0, 10)}…${part.value.slice(-10)}` : part.value;
    })
    .join('')
    .replace(/\n/g, '⏎');
}

export function formatFailure(message: VFileMessage, read: (path: string) => string | undefined): string {
  const where = `${message.file}${message.line ? `:${message.line}:${message.column ?? 1}` : ''}`;
  // A missing quote's reason quotes it and the closest passage in full; the differences say it shorter.
  const reason = message.actual !== undefined && message.reason.includes(': "') ? message.reason.slice(0, message.reason.indexOf(': "')) : message.reason;
  const parts = [`${where}  ${message.ruleId ?? 'error'}  ${reason}`];
  const text = message.file ? read(message.file) : undefined;
  if (text !== undefined && message.line) parts.push(codeFrame(text, message.line));
  if (message.actual !== undefined && message.expected?.[0] !== undefined) {
    parts.push(`closest passage in the essay, differences marked [-quote only-] {+essay only+}:\n  ${markDifferences(message.actual, message.expected[0])}`);
  }
  return parts.join('\n');
}

/** Whether an error is one of ours: a positioned stop with a rule id. */
export const isPositioned = (error: unknown): error is VFileMessage =>
  error instanceof Error && 'ruleId' in error && typeof (error as VFileMessage).file === 'string';
