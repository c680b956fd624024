/**
 * Where a reader's notes stand in the margin on wide screens: each as near its words as the
 * editor's notes (already placed by CSS anchor positioning) and the reader's notes before it
 * allow: at its words' line, or in the first gap below that is tall enough. Pure: page offsets in,
 * page offsets out.
 */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * Tops for boxes wanted at `wanted[i].top` with `wanted[i].height`, in that order (sort them by
 * their words' place first), kept clear of `taken` and of each other by `gap`.
 */
export function marginPlaces(wanted: readonly { top: number; height: number }[], taken: readonly Span[], gap: number): number[] {
  const occupied = [...taken];
  let floor = -Infinity;
  return wanted.map(({ top: want, height }) => {
    let top = Math.max(want, floor);
    for (let moved = true; moved; ) {
      moved = false;
      for (const span of occupied) {
        if (top < span.bottom + gap && top + height + gap > span.top) {
          top = span.bottom + gap;
          moved = true;
        }
      }
    }
    occupied.push({ top, bottom: top + height });
    floor = top + height + gap;
    return top;
  });
}
