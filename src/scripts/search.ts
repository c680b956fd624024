/**
 * The search page, on Pagefind's JavaScript API: reads the state from the URL, searches, shows
 * claims first (then section matches, if asked), updates the facet counts, and keeps the URL in
 * step so that a search can be shared, reloaded and walked back with the Back button.
 */
import { facets, isEmpty, pagefindFilters, parseState, queryTerms, stateToSearch, type SearchState } from '../search/url-state.ts';
import { escapeHtml } from '../escape-html.ts';

interface Vocabulary {
  type: Record<string, string>;
  sections: string[];
}

interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface Pagefind {
  options(options: object): Promise<void>;
  search(query: string | null, options: object): Promise<{ results: { data(): Promise<Fragment> }[] }>;
}

const base = import.meta.env.BASE_URL;

/** A result's link: the claim in context (or the section), with the searched words to highlight. */
function resultUrl(path: string, q: string): string {
  const [page, hash] = path.split('#');
  const params = new URLSearchParams(queryTerms(q).map((term) => ['highlight', term]));
  const search = params.toString();
  return `${base}${page!.replace(/^\//, '')}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

function renderResult(fragment: Fragment, vocabulary: Vocabulary, q: string): string {
  const { meta } = fragment;
  const isClaim = fragment.filters.kind?.includes('claim');
  const label = isClaim ? vocabulary.type[meta.type ?? ''] ?? '' : '原文';
  const heading = `<h2 class="result-title"><a href="${escapeHtml(resultUrl(fragment.url.slice(base.length - 1), q))}">${escapeHtml(meta.title ?? '')}</a></h2>`;
  const english = meta.title_en ? `<p class="result-title-en" lang="en">${escapeHtml(meta.title_en)}</p>` : '';
  const details = `<p class="result-meta"><span class="type-label" data-claim-type="${escapeHtml(meta.type ?? 'section')}">${escapeHtml(label)}</span> · ${escapeHtml(meta.section_title ?? '')}${
    meta.permalink ? ` · <a href="${escapeHtml(base + meta.permalink.replace(/^\//, ''))}">论断页面</a>` : ''
  }</p>`;
  // Pagefind's excerpt is escaped text with <mark> around the matched words.
  const excerpt = `<p class="result-excerpt">${fragment.excerpt}</p>`;
  return `<li class="search-result" data-kind="${isClaim ? 'claim' : 'section'}" data-claim-id="${escapeHtml(meta.id ?? '')}">${heading}${english}${details}${excerpt}</li>`;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const vocabulary = JSON.parse(document.querySelector('#search-vocabulary')!.textContent!) as Vocabulary;
  document.querySelector<HTMLElement>('#search-needs-js')!.hidden = true;
  document.querySelector<HTMLElement>('#search-ui')!.hidden = false;
  // The facets stand beside the results, outside the form, and belong to it by their form attribute.
  const checkboxes = [...form.elements].filter((element): element is HTMLInputElement => element instanceof HTMLInputElement && element.type === 'checkbox');

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ basePath: `${base}pagefind/`, baseUrl: base, excerptLength: 40 });
      return module;
    }));

  const readForm = (): SearchState => {
    const data = new FormData(form);
    return {
      q: String(data.get('q') ?? '').trim(),
      type: data.getAll('type').map(String),
      topic: data.getAll('topic').map(String),
      section: data.getAll('section').map(String),
      full: data.get('full') === '1',
    };
  };

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    for (const box of checkboxes) {
      box.checked = box.name === 'full' ? state.full : (state[box.name as (typeof facets)[number]] ?? []).includes(box.value);
    }
  };

  let latest = 0;
  const run = async (state: SearchState) => {
    const ticket = ++latest;
    if (isEmpty(state)) {
      list.innerHTML = '';
      list.dataset.search = '';
      status.textContent = '输入关键词，或选择类型、主题、章节来浏览论断。';
      for (const count of document.querySelectorAll<HTMLElement>('.count[data-facet]')) count.textContent = `（${count.dataset.total}）`;
      return;
    }
    const engine = await load();
    const response = await engine.search(state.q || null, {
      filters: pagefindFilters(state),
      ...(state.q ? {} : { sort: { order: 'asc' } }),
    });
    const fragments = await Promise.all(response.results.map((result) => result.data()));
    if (ticket !== latest) return;
    const claims = fragments.filter((fragment) => fragment.filters.kind?.includes('claim'));
    const sections = fragments.filter((fragment) => !fragment.filters.kind?.includes('claim'));
    for (const count of document.querySelectorAll<HTMLElement>('.count[data-facet]')) {
      const { facet, value } = count.dataset;
      count.textContent = `（${claims.filter((fragment) => fragment.filters[facet!]?.includes(value!)).length}）`;
    }
    // Which search the page shows, for scripts and tests that wait for it.
    list.dataset.search = stateToSearch(state);
    list.innerHTML = [...claims, ...sections].map((fragment) => renderResult(fragment, vocabulary, state.q)).join('');
    status.textContent =
      fragments.length === 0
        ? '没有找到匹配的论断。'
        : `找到 ${claims.length} 条论断${state.full ? `，${sections.length} 处原文` : ''}。`;
  };

  const show = (state: SearchState, history: 'push' | 'replace' | 'none') => {
    const url = `${location.pathname}${stateToSearch(state)}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    void run(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => show(readForm(), 'replace'), 250);
  });
  // A finished query (Enter, or leaving the box) and every facet change become a history entry.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    show(readForm(), 'push');
  });
  input.addEventListener('change', () => show(readForm(), 'push'));
  for (const box of checkboxes) box.addEventListener('change', () => show(readForm(), 'push'));
  window.addEventListener('popstate', () => {
    const state = parseState(location.search, vocabulary.sections);
    writeForm(state);
    void run(state);
  });

  const initial = parseState(location.search, vocabulary.sections);
  writeForm(initial);
  // Facets start open beside the results on wide screens; on a phone, only those in use.
  const wide = matchMedia('(min-width: 64rem)').matches;
  for (const group of document.querySelectorAll<HTMLDetailsElement>('.search-facets details')) {
    group.open = wide || group.querySelector('input:checked') !== null;
  }
  void run(initial);
}
