/**
 * Re-renders a list and puts focus back on the same control of the same note (or the undo
 * button), so a redraw after a write never drops the reader's place.
 */
export function keepingFocus(container: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && container.contains(active);
  const note = inside ? active.closest<HTMLElement>('[data-note]')?.dataset.note : undefined;
  const act = inside ? active.dataset.act : undefined;
  render();
  if (!inside) return;
  const again =
    (note && act ? container.querySelector<HTMLElement>(`[data-note="${CSS.escape(note)}"] [data-act="${act}"]`) : null) ??
    (act === 'undo' ? container.querySelector<HTMLElement>('[data-act="undo"]') : null) ??
    container.querySelector<HTMLElement>('[data-act="undo"], h2');
  if (again) {
    if (!again.matches('button, a[href]') && !again.hasAttribute('tabindex')) again.tabIndex = -1;
    // Where it was: a redraw moves nothing the reader sees (margin items are placed after it).
    again.focus({ preventScroll: true });
  }
}
