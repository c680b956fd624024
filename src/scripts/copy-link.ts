/** Shows the copy-link buttons and copies the permalink of the one pressed, saying so. */
export function enableCopyLinks(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.copy-link')) button.hidden = false;
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-link');
    if (!button?.dataset.permalink) return;
    const url = new URL(button.dataset.permalink, root.baseURI).href;
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(url);
      button.textContent = '已复制';
    } catch {
      button.textContent = '复制失败';
    }
    // role=status would be read; textContent on the focused button is announced by most readers.
    setTimeout(() => (button.textContent = label), 2000);
  });
}
