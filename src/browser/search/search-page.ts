/**
 * The search page: reads the state from the URL, lists or searches the claims (passages too, if
 * asked), counts the facets honestly, shows the active filters as chips, and keeps the URL in
 * step so that a search can be shared, reloaded and walked back with the Back button.
 *
 * The page's own list of every claim (rendered at build time, in essay order) is the source of
 * each claim's result markup and facets; the claims' index answers which claims match a query,
 * and Pagefind which passages of the full text do. Everything a search changes is changed at
 * once, after the answer is in, so the page does not move while it loads.
 */
import { facets, isEmpty, parseState, stateToSearch, type Facet, type SearchState } from '../../search/url-state.ts';
import { facetCounts, matchesSelection, type Faceted } from '../../search/facet-counts.ts';
import {
  excerptHtml,
  loadClaimIndex,
  loadedClaimIndex,
  noteHtml,
  offeredQuery,
  quoted,
  resultUrl,
  searchPassages,
  shownClaim,
  titleHtml,
  whenTyped,
  type ShownClaim,
  type ShownPassage,
} from './engine.ts';
import { searchIndex } from '../../search/match-claims.ts';
import { escapeHtml } from '../../escape-html.ts';

interface Vocabulary {
  sections: string[];
  labels: Record<Facet, { legend: string; values: Record<string, string> }>;
}


export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-query')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  let list = document.querySelector<HTMLOListElement>('#search-results')!;
  const chips = document.querySelector<HTMLElement>('#search-chips')!;
  const elsewhere = document.querySelector<HTMLElement>('#search-elsewhere')!;
  const suggestion = document.querySelector<HTMLElement>('#search-suggestion')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const vocabulary = JSON.parse(document.querySelector('#search-vocabulary')!.textContent!) as Vocabulary;
  // The claims' index as soon as the reader may type; a query in the URL loads it at once.
  input.addEventListener('focus', () => void loadClaimIndex(), { once: true });
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
      const text = `（${counts[count.dataset.facet as Facet].get(count.dataset.value!) ?? 0}）`;
      // Only what changed: each write costs the page a layout, on every keystroke.
      if (count.textContent !== text) count.textContent = text;
    }
  };

  let chipsHtml = '';
  const showChips = (state: SearchState) => {
    const html = facets
      .flatMap((facet) =>
        state[facet].map((value) => {
          const { legend, values } = vocabulary.labels[facet];
          return `<button type="button" class="chip" data-facet="${facet}" data-value="${escapeHtml(value)}" aria-label="去掉筛选：${escapeHtml(`${legend} ${values[value]}`)}">${escapeHtml(`${legend}：${values[value]}`)} <span aria-hidden="true">×</span></button>`;
        }),
      )
      .join('');
    // Only what changed: each write costs the page a layout, on every keystroke.
    if (html !== chipsHtml) chips.innerHTML = chipsHtml = html;
    chips.hidden = html === '';
  };

  /** A claim's result: the page's own item for it, opening where the search matched, words marked, with the excerpt. */
  const claimResult = (hit: ShownClaim, partial: boolean) => {
    const item = byId.get(hit.id)!.item.cloneNode(true) as HTMLLIElement;
    const link = item.querySelector<HTMLAnchorElement>('.result-title a')!;
    link.href = resultUrl(hit);
    link.innerHTML = titleHtml(link.textContent!, hit.marks);
    const english = item.querySelector<HTMLElement>('.result-title-en')!;
    english.innerHTML = titleHtml(english.textContent!, hit.marks);
    if (partial) item.insertAdjacentHTML('beforeend', `<p class="result-partial">只包含${escapeHtml(quoted(hit.held))}</p>`);
    item.insertAdjacentHTML('beforeend', `<p class="result-excerpt">${excerptHtml(hit.excerpt)}</p>`);
    return item;
  };

  const passageResult = (hit: ShownPassage) => {
    const item = document.createElement('li');
    item.className = 'search-result';
    item.dataset.kind = 'section';
    item.innerHTML = `<h2 class="result-title"><a href="${escapeHtml(resultUrl(hit))}">${escapeHtml(hit.sectionTitle)} · 第 ${escapeHtml(hit.paragraph)} 段</a></h2><p class="result-meta"><span class="type-label">原文</span></p><p class="result-excerpt">${excerptHtml(hit.excerpt)}</p>`;
    return item;
  };

  /** The status line as last written: rewriting it costs a layout. */
  let statusHtml = '';
  /** The query whose partial matches the reader asked to see all of. */
  let allPartialFor: string | undefined;
  let latest = 0;
  const run = async (state: SearchState) => {
    const ticket = ++latest;
    let shown: HTMLLIElement[];
    let message: string;
    let suggested: string | undefined;
    let note = '';
    let hiddenPartial = 0;
    if (!state.q) {
      showCounts(claims.map((claim) => claim.facets), state);
      shown = claims.filter((claim) => matchesSelection(claim.facets, state)).map((claim) => claim.item.cloneNode(true) as HTMLLIElement);
      message = isEmpty(state) ? `全部 ${claims.length} 条论断，按原文顺序：` : `${shown.length} 条论断符合筛选，按原文顺序：`;
    } else {
      const passagesFound = state.full ? searchPassages(state.q) : Promise.resolve([]);
      const index = loadedClaimIndex() ?? (await loadClaimIndex());
      const answer = searchIndex(index, state.q);
      const passageHits = await passagesFound;
      if (ticket !== latest) return;
      const facetsOf = (hit: { claim: { id: string } }) => byId.get(hit.claim.id)!.facets;
      const partialShown = allPartialFor === state.q ? answer.partial : answer.partial.slice(0, answer.shownPartial);
      showCounts([...answer.whole, ...partialShown].map(facetsOf), state);
      const selected = (hits: typeof answer.whole) => hits.filter((hit) => matchesSelection(facetsOf(hit), state)).map((hit) => shownClaim(index, hit));
      const whole = selected(answer.whole);
      const partial = selected(partialShown);
      // Counted, not drawn: the rest may be dozens, on every keystroke.
      hiddenPartial = answer.partial.slice(partialShown.length).filter((hit) => matchesSelection(facetsOf(hit), state)).length;
      // Passages have a section but no type or topic: a type or topic filter leaves them out.
      const passages = state.type.length + state.topic.length > 0 ? [] : passageHits.filter((hit) => state.section.length === 0 || state.section.includes(hit.section));
      shown = [...whole.map((hit) => claimResult(hit, false)), ...partial.map((hit) => claimResult(hit, true)), ...passages.map(passageResult)];
      const found = (count: number) => `${count} 条论断${state.full ? `，${passages.length} 处原文` : ''}`;
      const rest = hiddenPartial > 0 ? `，另有 ${hiddenPartial} 条` : '';
      note = noteHtml(state.q, answer, (query) => stateToSearch({ ...state, q: query }));
      message =
        shown.length === 0
          ? answer.lone && answer.parts.length === 0
            ? '没有按单字搜索。'
            : `没有找到与“${state.q}”相关的论断。`
          : partial.length === 0
            ? `找到 ${found(whole.length)}${hiddenPartial > 0 ? `；另有 ${hiddenPartial} 条只包含${quoted(answer.parts)}中的部分词` : ''}。`
            : whole.length === 0
              ? `没有论断同时包含${quoted(answer.parts)}，下面是只包含其中部分词的 ${partial.length} 条${rest}。${passages.length > 0 ? `原文 ${passages.length} 处。` : ''}`
              : `找到 ${found(whole.length)}；后 ${partial.length} 条只包含${quoted(answer.parts)}中的部分词${rest}。`;
      suggested = offeredQuery(answer);
    }
    // One change to the page, with everything in it. The results are a new list, not the old one
    // refilled: new content where the status line (or chips) now ends, not old content moved.
    showChips(state);
    const results = list.cloneNode(false) as HTMLOListElement;
    delete results.dataset.pending;
    results.append(...shown);
    // Which search the page shows, for scripts and tests that wait for it.
    results.dataset.search = stateToSearch(state);
    list.replaceWith(results);
    list = results;
    // The note first (a correction, a lone character and the words it may have meant, as links).
    const html = note + escapeHtml(message);
    if (html !== statusHtml) status.innerHTML = statusHtml = html;
    suggestion.hidden = suggested === undefined;
    if (suggested !== undefined) {
      suggestion.innerHTML = `你是不是要找<a href="${escapeHtml(stateToSearch({ ...state, q: suggested }))}">“${escapeHtml(suggested)}”</a>？`;
    }
    more.hidden = hiddenPartial === 0;
    if (hiddenPartial > 0) more.textContent = `列出其余 ${hiddenPartial} 条只包含部分词的论断`;
    elsewhere.hidden = shown.length > 0;
  };

  more.addEventListener('click', () => {
    const state = readForm();
    const before = list.children.length;
    allPartialFor = state.q;
    void run(state).then(() => list.children[before]?.querySelector<HTMLAnchorElement>('.result-title a')?.focus());
  });

  // While the reader types, the URL follows once they pause: the address bar need not change on
  // every keystroke, and writing it costs each keystroke a few milliseconds.
  let urlLater: ReturnType<typeof setTimeout> | undefined;
  const show = (state: SearchState, history: 'push' | 'replace' | 'none') => {
    const url = `${location.pathname}${stateToSearch(state)}`;
    clearTimeout(urlLater);
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') urlLater = setTimeout(() => window.history.replaceState(null, '', url), 250);
    return run(state);
  };

  whenTyped(input, () => void show(readForm(), 'replace'));
  // A finished query (Enter, or leaving the box) and every facet change become a history entry.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(readForm(), 'push');
  });
  input.addEventListener('change', () => void show(readForm(), 'push'));
  for (const box of checkboxes) box.addEventListener('change', () => void show(readForm(), 'push'));
  chips.addEventListener('click', (event) => {
    const chip = (event.target as Element).closest<HTMLButtonElement>('button.chip');
    if (!chip) return;
    const at = [...chips.querySelectorAll('button.chip')].indexOf(chip);
    const box = checkboxes.find((candidate) => candidate.name === chip.dataset.facet && candidate.value === chip.dataset.value);
    if (box) box.checked = false;
    // The chips are drawn anew with the answer: then the keyboard goes to the chip that took the
    // removed one's place (or the one before it), or back to the query box, never to the page.
    void show(readForm(), 'push').then(() => {
      const left = chips.querySelectorAll<HTMLButtonElement>('button.chip');
      (left[Math.min(at, left.length - 1)] ?? input).focus();
    });
  });
  window.addEventListener('popstate', () => {
    const state = parseState(location.search, vocabulary.sections);
    writeForm(state);
    void run(state);
  });

  const initial = parseState(location.search, vocabulary.sections);
  // A link's query longer than the search reads is cut, in the address bar too.
  if ((new URLSearchParams(location.search).get('q') ?? '').trim() !== initial.q) window.history.replaceState(null, '', `${location.pathname}${stateToSearch(initial)}`);
  writeForm(initial);
  // Facets start open beside the results on wide screens (the stylesheet shows them open until
  // now); on a phone, closed (the chips say which are in use), so nothing opens above the results.
  const wide = matchMedia('(min-width: 64rem)').matches;
  for (const group of document.querySelectorAll<HTMLDetailsElement>('.search-facets details')) group.open = wide;
  document.querySelector<HTMLElement>('.search-facets')!.dataset.ready = '';
  if (!isEmpty(initial)) {
    // The built list of every claim is not the answer: it stays in place, unseen, until the answer replaces it.
    list.dataset.pending = '';
    void run(initial);
  }
  else {
    // The page as built is the answer: every claim, in essay order.
    list.dataset.search = stateToSearch(initial);
    elsewhere.hidden = true;
  }
}
