/**
 * The header's search box as a combobox: the top claims as the reader types (type, title,
 * section), ↑ ↓ to choose, Enter to open (or, with nothing chosen, the search page), Esc to
 * close. Each option is a link (out of the Tab order), so it also opens in a new tab; an emptied
 * box has no list to bring back. Claims holding the whole query come first, then at most a few
 * holding part of it, each saying which words it holds, and the hint says how many more there
 * are. Loaded by src/browser/page.ts when the box is first focused, with the claims' index and this file's
 * styles, so a reading page fetches nothing of search before then.
 */
import stylesheet from '../../styles/header-search.css?url';
import { addStylesheet } from '../add-stylesheet.ts';
import { loadClaimIndex, loadedClaimIndex, noteHtml, offeredQuery, quoted, resultUrl, shownClaim, titleHtml, whenTyped, type ShownClaim } from './engine.ts';
import { searchIndex, type ClaimAnswer } from '../../search/match-claims.ts';
import { escapeHtml } from '../../escape-html.ts';

const shownHits = 6;
/** A touch screen without a fine pointer: a phone or tablet, whose reader has no arrow keys at hand. */
const touch = matchMedia('(pointer: coarse) and (hover: none)');

function attachHeaderSearch(input: HTMLInputElement): void {
  addStylesheet(stylesheet);
  const form = input.form!;
  const popup = document.createElement('div');
  popup.className = 'site-search-popup';
  popup.hidden = true;
  // The note (a correction, a lone character) above the list, where a phone shows it; the hint below.
  popup.innerHTML = `<p class="site-search-note" hidden></p><div id="site-search-list" role="listbox" aria-label="论断"></div><p class="site-search-hint"></p>`;
  const note = popup.querySelector<HTMLElement>('.site-search-note')!;
  const list = popup.querySelector('div')!;
  const hint = popup.querySelector<HTMLElement>('.site-search-hint')!;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.append(popup, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  void loadClaimIndex();

  let hits: ShownClaim[] = [];
  let active = -1;
  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  const open = (value: boolean) => {
    popup.hidden = !value;
    input.setAttribute('aria-expanded', String(value));
    if (!value) choose(-1);
  };

  const choose = (index: number) => {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `site-search-option-${index}`);
      options()[index]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = (q: string, answer: ClaimAnswer, partialFrom: number) => {
    list.innerHTML = hits
      .map((hit, i) => {
        const partial = i >= partialFrom ? `<span class="option-partial">只含${escapeHtml(quoted(hit.held))}</span>` : '';
        return `<a role="option" id="site-search-option-${i}" aria-selected="false" tabindex="-1" href="${escapeHtml(resultUrl(hit))}"><span class="type-label" data-claim-type="${escapeHtml(hit.type)}">${escapeHtml(hit.typeLabel)}</span> <span class="option-title">${titleHtml(hit.title, hit.marks)}</span> <span class="option-section">${escapeHtml(hit.sectionTitle)}${partial}</span></a>`;
      })
      .join('');
    const more = answer.whole.length + answer.partial.length - hits.length;
    const searchPage = (query: string) => `${import.meta.env.BASE_URL}search/?q=${encodeURIComponent(query)}`;
    note.innerHTML = noteHtml(q, answer, searchPage);
    note.hidden = note.innerHTML === '';
    const said = [
      hits.length === 0 && !answer.lone ? `没有找到与“${q}”相关的论断。回车到搜索页，按主题浏览。` : '',
      hits.length > 0 && partialFrom === 0 ? `没有论断包含全部的${quoted(answer.parts)}，下面的只包含部分词。` : '',
      more > 0 ? `另有 ${more} 条，${touch.matches ? '提交搜索' : '回车'}看全部。` : '',
      // Keys for a keyboard; a touch screen has none of them.
      hits.length > 0 ? (touch.matches ? '轻触一条打开。' : '↑ ↓ 选择，回车打开；回车（未选择时）看全部结果。') : '',
    ].join('');
    const suggested = offeredQuery(answer);
    hint.innerHTML = escapeHtml(said) + (suggested ? `你是不是要找<a href="${escapeHtml(searchPage(suggested))}">“${escapeHtml(suggested)}”</a>？` : '');
    hint.hidden = hint.innerHTML === '';
    status.textContent = `${note.textContent}${hits.length > 0 ? `${hits.length} 条论断${partialFrom < hits.length ? `，其中 ${hits.length - partialFrom} 条只包含部分词` : ''}${touch.matches ? '' : '，用上下键选择'}` : '没有找到论断'}`;
    // Which query the list shows, for scripts and tests that wait for it.
    list.dataset.query = q;
    open(true);
  };

  let latest = 0;
  const update = async () => {
    const q = input.value.trim();
    const ticket = ++latest;
    if (!q) {
      hits = [];
      list.replaceChildren();
      delete list.dataset.query;
      open(false);
      return;
    }
    // Once the index is here, the answer comes within this frame; before, after the one fetch.
    const index = loadedClaimIndex() ?? (await loadClaimIndex());
    if (ticket !== latest) return;
    const answer = searchIndex(index, q);
    const whole = answer.whole.slice(0, shownHits);
    const partial = answer.partial.slice(0, Math.min(answer.shownPartial, shownHits - whole.length));
    hits = [...whole, ...partial].map((hit) => shownClaim(index, hit));
    render(q, answer, whole.length);
  };

  whenTyped(input, () => void update());

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    // Until the list answers what is in the box (nothing, while it is empty), there is none to choose from.
    const count = list.dataset.query === input.value.trim() ? options().length : 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      open(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      choose(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter' && active >= 0 && !popup.hidden) {
      // With nothing chosen, Enter submits the form to the search page.
      event.preventDefault();
      options()[active]!.click();
    } else if (event.key === 'Escape' && !popup.hidden) {
      event.preventDefault();
      open(false);
    }
  });

  // A pointer keeps the focus in the box while it picks an option (a link: it opens as links do).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (hits.length > 0 && input.value.trim()) open(true);
  });
  // Words typed while this file loaded.
  if (input.value.trim()) void update();
}

attachHeaderSearch(document.querySelector<HTMLInputElement>('#site-search')!);
