/**
 * The search page: reads the state from the URL, lists or searches the claims (passages too, if
 * asked), counts the facets honestly, shows the active filters as chips, and keeps the URL in
 * step so that a search can be shared, reloaded and walked back with the Back button.
 *
 * The page's own list of every claim (rendered at build time, in essay order) is the source of
 * each claim's result markup and facets; Pagefind answers only which claims match a query.
 */
import { facets, isEmpty, parseState, stateToSearch, type Facet, type SearchState } from '../search/url-state.ts';
import { facetCounts, matchesSelection, type Faceted } from '../search/facet-counts.ts';
import { excerptHtml, hitUrl, searchClaims, whenTyped, type Hit } from './search-engine.ts';
import { escapeHtml } from '../escape-html.ts';

interface Vocabulary {
  sections: string[];
  labels: Record<Facet, { legend: string; values: Record<string, string> }>;
}

const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join('');

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const chips = document.querySelector<HTMLElement>('#search-chips')!;
  const elsewhere = document.querySelector<HTMLElement>('#search-elsewhere')!;
  const vocabulary = JSON.parse(document.querySelector('#search-vocabulary')!.textContent!) as Vocabulary;
  document.querySelector<HTMLElement>('#search-needs-js')!.hidden = true;
  form.hidden = false;
  document.querySelector<HTMLElement>('.search-facets')!.hidden = false;
  // The facets stand beside the results, outside the form, and belong to it by their form attribute.
  const checkboxes = [...form.elements].filter((element): element is HTMLInputElement => element instanceof HTMLInputElement && element.type === 'checkbox');

  // Every claim as the page lists it, with its facets, in essay order.
  const claims = [...list.querySelectorAll<HTMLLIElement>('.search-result')].map((item) => ({
    id: item.dataset.claimId!,
    item,
    facets: { type: item.dataset.type!, topic: item.dataset.topic!.split(' '), section: item.dataset.section! } satisfies Faceted,
  }));
  const byId = new Map(claims.map((claim) => [claim.id, claim]));

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
    for (const box of checkboxes) box.checked = box.name === 'full' ? state.full : state[box.name as Facet].includes(box.value);
  };

  const showCounts = (items: readonly Faceted[], state: SearchState) => {
    const counts = facetCounts(items, state);
    for (const count of document.querySelectorAll<HTMLElement>('.count[data-facet]')) {
      count.textContent = `（${counts[count.dataset.facet as Facet].get(count.dataset.value!) ?? 0}）`;
    }
  };

  const showChips = (state: SearchState) => {
    chips.innerHTML = facets
      .flatMap((facet) =>
        state[facet].map((value) => {
          const { legend, values } = vocabulary.labels[facet];
          return `<button type="button" class="chip" data-facet="${facet}" data-value="${escapeHtml(value)}" aria-label="去掉筛选：${escapeHtml(`${legend} ${values[value]}`)}">${escapeHtml(`${legend}：${values[value]}`)} <span aria-hidden="true">×</span></button>`;
        }),
      )
      .join('');
    chips.hidden = chips.children.length === 0;
  };

  /** A claim's result: the page's own item for it, opening where the search matched, with the excerpt. */
  const claimResult = (hit: Hit) => {
    const item = byId.get(hit.meta.id!)!.item.cloneNode(true) as HTMLLIElement;
    item.querySelector<HTMLAnchorElement>('.result-title a')!.href = hitUrl(hit);
    item.insertAdjacentHTML('beforeend', `<p class="result-excerpt">${excerptHtml(hit.excerpt)}</p>`);
    return item;
  };

  const passageResult = (hit: Hit) => {
    const item = document.createElement('li');
    item.className = 'search-result';
    item.dataset.kind = 'section';
    item.innerHTML = `<h2 class="result-title"><a href="${escapeHtml(hitUrl(hit))}">${escapeHtml(hit.meta.section_title ?? '')} · 第 ${escapeHtml(hit.meta.paragraph ?? '')} 段</a></h2><p class="result-meta"><span class="type-label">原文</span></p><p class="result-excerpt">${excerptHtml(hit.excerpt)}</p>`;
    return item;
  };

  let latest = 0;
  const run = async (state: SearchState) => {
    const ticket = ++latest;
    showChips(state);
    let shown: HTMLLIElement[];
    let message: string;
    if (!state.q) {
      showCounts(claims.map((claim) => claim.facets), state);
      shown = claims.filter((claim) => matchesSelection(claim.facets, state)).map((claim) => claim.item.cloneNode(true) as HTMLLIElement);
      message = isEmpty(state) ? `全部 ${claims.length} 条论断，按原文顺序：` : `${shown.length} 条论断符合筛选，按原文顺序：`;
    } else {
      const answer = await searchClaims(state.q, { full: state.full });
      if (ticket !== latest) return;
      const claimHits = answer.hits.filter((hit) => hit.kind === 'claim' && byId.has(hit.meta.id!));
      showCounts(claimHits.map((hit) => byId.get(hit.meta.id!)!.facets), state);
      const claimsShown = claimHits.filter((hit) => matchesSelection(byId.get(hit.meta.id!)!.facets, state));
      // Passages have a section but no type or topic: a type or topic filter leaves them out.
      const passagesShown =
        state.type.length + state.topic.length > 0
          ? []
          : answer.hits.filter((hit) => hit.kind === 'section' && (state.section.length === 0 || state.section.includes(hit.meta.section!)));
      const shownHits = new Set([...claimsShown, ...passagesShown]);
      const claimResults = claimsShown.map(claimResult);
      const passages = passagesShown.map(passageResult);
      shown = [...claimResults, ...passages];
      const found = `${claimResults.length} 条论断${state.full ? `，${passages.length} 处原文` : ''}`;
      const partial = answer.hits.slice(answer.partialFrom).filter((hit) => shownHits.has(hit)).length;
      message =
        shown.length === 0
          ? `没有找到与“${state.q}”相关的论断。`
          : partial === 0
            ? `找到 ${found}。`
            : partial === shownHits.size
              ? `没有论断同时包含${quoted(answer.words)}，下面是包含其中多数词的 ${found}。`
              : `找到 ${found}；后 ${partial} 条只包含${quoted(answer.words)}中的部分词。`;
    }
    list.replaceChildren(...shown);
    // Which search the page shows, for scripts and tests that wait for it.
    list.dataset.search = stateToSearch(state);
    status.textContent = message;
    elsewhere.hidden = shown.length > 0;
  };

  const show = (state: SearchState, history: 'push' | 'replace' | 'none') => {
    const url = `${location.pathname}${stateToSearch(state)}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    void run(state);
  };

  const cancelTyped = whenTyped(input, () => show(readForm(), 'replace'), 150);
  // A finished query (Enter, or leaving the box) and every facet change become a history entry.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cancelTyped();
    show(readForm(), 'push');
  });
  input.addEventListener('change', () => show(readForm(), 'push'));
  for (const box of checkboxes) box.addEventListener('change', () => show(readForm(), 'push'));
  chips.addEventListener('click', (event) => {
    const chip = (event.target as Element).closest<HTMLButtonElement>('button.chip');
    if (!chip) return;
    const box = checkboxes.find((candidate) => candidate.name === chip.dataset.facet && candidate.value === chip.dataset.value);
    if (box) box.checked = false;
    show(readForm(), 'push');
    // The chip is gone: keep the keyboard in the chips, or return it to the query box.
    (chips.querySelector<HTMLButtonElement>('button.chip') ?? input).focus();
  });
  window.addEventListener('popstate', () => {
    const state = parseState(location.search, vocabulary.sections);
    writeForm(state);
    void run(state);
  });

  const initial = parseState(location.search, vocabulary.sections);
  writeForm(initial);
  if (initial.q) {
    // Not the list of every claim while the first answer loads.
    list.replaceChildren();
    status.textContent = `正在搜索“${initial.q}”……`;
  }
  // Facets start open beside the results on wide screens; on a phone, only those in use.
  const wide = matchMedia('(min-width: 64rem)').matches;
  for (const group of document.querySelectorAll<HTMLDetailsElement>('.search-facets details')) {
    group.open = wide || group.querySelector('input:checked') !== null;
  }
  void run(initial);
}
