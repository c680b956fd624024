/**
 * Links a stylesheet when the script that needs it loads. A CSS import in a client script would
 * be bundled into every page's CSS; `?url` keeps it a file of its own, fetched only with it.
 */
export function addStylesheet(href: string): void {
  if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
