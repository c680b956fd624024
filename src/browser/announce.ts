/** Says a message once in the page's polite live region (Base.astro); cleared after, so it can be said again. */
export function announce(message: string): void {
  const region = document.getElementById('announce');
  if (!region) return;
  region.textContent = message;
  setTimeout(() => (region.textContent = ''), 2000);
}
