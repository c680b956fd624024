/**
 * Link to any passage: when a reader selects words in the essay, a small control offers
 * 复制链接, a link to the paragraph with a text fragment for the words (src/links/text-fragment.ts),
 * and, when the words lie inside one claim, the claim's own permalink first; then 划线 and 批注 (a
 * reader's own notes, src/browser/reader-notes/section-notes.ts). It stands just after the text, outside it, so its labels
 * are never part of the words a link or a note is made of, and the first Tab after a selection
 * reaches it; what it copied is announced. Loaded by ./paragraph-links.ts at the first selection,
 * with text-fragments-polyfill's generator.
 *
 * In `astro dev` only, the control also offers 复制 YAML 草稿: a new claim's entry for the words
 * (src/editor/propose-claim.ts). Vite drops that branch from the build.
 */
import { generateFragment, GenerateFragmentStatus } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import stylesheet from '../../styles/passage-links.css?url';
import readerNotes from '../reader-notes/section-notes.ts?worker&url';
import type { AddRequest } from '../reader-notes/section-notes.ts';
import { addStylesheet } from '../add-stylesheet.ts';
import { announce } from '../announce.ts';
import { passageUrl } from '../../links/text-fragment.ts';

addStylesheet(stylesheet);
const base = import.meta.env.BASE_URL;
const text = document.getElementById('text')!;
const control = document.createElement('div');
control.className = 'passage-link';
control.setAttribute('role', 'group');
control.setAttribute('aria-label', '所选文字');
control.hidden = true;

/** The selection, when it lies in the essay's text and is not empty. */
function selected(): Range | undefined {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return text.contains(range.commonAncestorContainer) && range.toString().trim() ? range : undefined;
}

const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement!);

function show(range: Range): void {
  const start = elementOf(range.startContainer);
  const claim = start.closest<HTMLElement>('.claim');
  const sameClaim = claim && claim.contains(range.endContainer) ? claim : undefined;
  // The links first, as before the reader's own notes came: the first Tab still reaches 复制链接.
  control.innerHTML = `${sameClaim ? '<button type="button" data-link="claim">复制论断链接</button>' : ''}<button type="button" data-link="passage">复制链接</button><button type="button" data-note="highlight">划线</button><button type="button" data-note="note">批注</button>${
    import.meta.env.DEV ? '<button type="button" data-link="yaml">复制 YAML 草稿</button>' : ''
  }`;
  if (sameClaim) control.dataset.claim = sameClaim.id;
  // Outside the text (whose content the links and notes are counted in); Tab from the selection reaches it all the same (below).
  if (text.nextElementSibling !== control) text.after(control);
  const box = range.getBoundingClientRect();
  control.hidden = false;
  // Below the selection's end, kept inside the window, in its positioned parent's coordinates.
  const parent = (control.offsetParent ?? document.body).getBoundingClientRect();
  control.style.top = `${box.bottom - parent.top + 8}px`;
  control.style.left = `${Math.max(8, Math.min(box.left, document.documentElement.clientWidth - control.offsetWidth - 8)) - parent.left}px`;
}

/** The selected words as a new claim's YAML entry (dev only). */
async function claimProposal(): Promise<string | undefined> {
  const range = selected();
  if (!range) return undefined;
  const { claimStub, disambiguation, freshId, quoteLines } = await import('../../editor/propose-claim.ts');
  // The section's text as anchoring reads it: its paragraphs and list items, one per line.
  const units = [...text.querySelectorAll<HTMLElement>('p[id^="p"], li[id^="p"]')];
  const start = units.findIndex((unit) => unit.contains(range.startContainer));
  const before = document.createRange();
  before.setStart(units[start]!, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const at = units.slice(0, start).reduce((sum, unit) => sum + unit.textContent!.length + 1, 0) + before.toString().length;
  const quote = quoteLines(range.toString());
  const section = location.pathname.split('/').filter(Boolean).at(-1)!;
  const ids = ((await (await fetch(`${base}claims.json`)).json()) as { id: string }[]).map((claim) => claim.id);
  return claimStub({ id: freshId(section, ids), quote, ...disambiguation(units.map((unit) => unit.textContent).join('\n'), quote, at) });
}

function linkFor(kind: string): string | undefined {
  if (kind === 'claim') return new URL(`${base}claims/${control.dataset.claim}/`, location.href).href;
  const range = selected();
  const paragraph = range && elementOf(range.startContainer).closest<HTMLElement>('[id^="p"]:is(p, li, ol, ul)');
  const result = range && generateFragment(getSelection()!);
  if (!paragraph || !result || result.status !== GenerateFragmentStatus.SUCCESS || !result.fragment) return undefined;
  return passageUrl(location.href, paragraph.id, result.fragment);
}

let pending: ReturnType<typeof setTimeout> | undefined;
/** The selection changed since Tab last went to the control. */
let fresh = true;
const update = () => {
  fresh = true;
  clearTimeout(pending);
  pending = setTimeout(() => {
    const range = selected();
    if (range) show(range);
    else if (!control.contains(document.activeElement)) control.hidden = true;
  }, 150);
};
document.addEventListener('selectionchange', update);

// A press on the control keeps the selection it links to.
control.addEventListener('mousedown', (event) => event.preventDefault());
control.addEventListener('click', async (event) => {
  const noting = (event.target as Element).closest<HTMLButtonElement>('button[data-note]');
  const range = noting && selected();
  if (noting && range) {
    // The reader's own notes load on first use (src/browser/reader-notes/section-notes.ts).
    await import(/* @vite-ignore */ readerNotes);
    let refused = false;
    const request: AddRequest = {
      range: range.cloneRange(),
      withNote: noting.dataset.note === 'note',
      refuse: (message) => {
        refused = true;
        const line = document.createElement('p');
        line.className = 'passage-link-refused';
        line.textContent = message;
        control.querySelector('.passage-link-refused')?.remove();
        control.append(line);
      },
    };
    document.dispatchEvent(new CustomEvent('reader-notes:add', { detail: request }));
    if (!refused) control.hidden = true;
    return;
  }
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-link]');
  if (!button) return;
  const link = import.meta.env.DEV && button.dataset.link === 'yaml' ? await claimProposal() : linkFor(button.dataset.link!);
  const label = button.textContent;
  try {
    if (!link) throw new Error('no link for this selection');
    await navigator.clipboard.writeText(link);
    button.textContent = '已复制';
    button.dataset.copied = link;
  } catch {
    button.textContent = '无法生成链接';
  }
  announce(button.textContent);
  setTimeout(() => (button.textContent = label), 2000);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') control.hidden = true;
  // Right after a selection, Tab goes to the control, drawn at once if the pause has not drawn it
  // yet (words selected by keyboard, src/browser/links/paragraph-links.ts); from there on, Tab goes
  // on from where it stands.
  else if (event.key === 'Tab' && !event.shiftKey && fresh && !control.contains(document.activeElement)) {
    const range = selected();
    if (!range) return;
    event.preventDefault();
    fresh = false;
    show(range);
    control.querySelector('button')!.focus();
  }
});

update();
