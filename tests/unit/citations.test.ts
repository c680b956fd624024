/** Citations, checked by hand against GB/T 7714-2015, APA 7 and BibTeX: characters, punctuation, dates. */
import { describe, expect, test } from 'vitest';
import { apa7, bibtex, cslJson, gbt7714, type CitedPlace } from '../../src/citations/cite.ts';
import { claimPlace, essayCitation, essayPlace } from '../../src/citations/essay-citation.ts';
import { citableAddress } from '../../src/citations/citable-address.ts';
import { essayFacts } from '../../src/source.ts';

const { title } = essayFacts();

const accessed = new Date(Date.UTC(2026, 11, 1));
const hardware = { id: 'hardware-drives-progress', title: '未来的大多数进步将来自硬件', title_en: 'Most future progress will come from hardware' };
const claim: CitedPlace = { ...claimPlace(hardware, { base: '/', site: new URL('https://example.org') }, title).place, accessed };
const essay: CitedPlace = { ...essayCitation(title), url: 'https://example.org/seven-truths/', accessed, key: 'hosu-seven-truths' };

describe('citations', () => {
  test('GB/T 7714-2015: SURNAME and initials, [EB/OL], the translator (佚名, 译), the edition after //, the citation date, the URL', () => {
    expect(gbt7714(claim)).toBe(
      'HOSU G. 做了 5 年机器学习研究，我发现了这 7 个真相[EB/OL]. 佚名, 译//七个真相 · 批注版: 论断“未来的大多数进步将来自硬件”. [2026-12-01]. https://example.org/claims/hardware-drives-progress/.',
    );
    expect(gbt7714(essay)).toBe('HOSU G. 做了 5 年机器学习研究，我发现了这 7 个真相[EB/OL]. 佚名, 译//七个真相 · 批注版. [2026-12-01]. https://example.org/seven-truths/.');
  });

  test('APA 7: Surname, I., no date, the title\'s translation in brackets, the retrieval date in words', () => {
    expect(apa7(claim)).toBe(
      'Hosu, G. (n.d.). 做了 5 年机器学习研究，我发现了这 7 个真相 [I have done machine learning research for 5 years and found these 7 truths]: Claim “未来的大多数进步将来自硬件” [Most future progress will come from hardware]. 七个真相 · 批注版. Retrieved December 1, 2026, from https://example.org/claims/hardware-drives-progress/',
    );
    expect(apa7(essay)).toBe(
      'Hosu, G. (n.d.). 做了 5 年机器学习研究，我发现了这 7 个真相 [I have done machine learning research for 5 years and found these 7 truths]. 七个真相 · 批注版. Retrieved December 1, 2026, from https://example.org/seven-truths/',
    );
  });

  test('BibTeX: @misc with Chinese kept, special characters escaped, the URL verbatim', () => {
    expect(bibtex(claim)).toBe(
      [
        '@misc{hosu-seven-truths-hardware-drives-progress,',
        '  author       = {Hosu, George},',
        '  title        = {做了 5 年机器学习研究，我发现了这 7 个真相},',
        '  howpublished = {七个真相 · 批注版, 论断“未来的大多数进步将来自硬件”},',
        '  url          = {https://example.org/claims/hardware-drives-progress/},',
        '  urldate      = {2026-12-01},',
        '  language     = {chinese},',
        '  note         = {中文译文，译者未署名。原文：George Hosu, “Takeaways From 3 Years Working In Machine Learning”, https://cerebralab.com/Takeaways\\%20From\\%203\\%20Years\\%20Working\\%20In\\%20Machine\\%20Learning},',
        '}',
      ].join('\n'),
    );
    const odd = bibtex({ ...claim, locator: { kind: 'claim', zh: '50% & {more} #1_a ~^' } });
    expect(odd).toContain('howpublished = {七个真相 · 批注版, 论断“50\\% \\& \\{more\\} \\#1\\_a \\textasciitilde{}\\textasciicircum{}”},');
  });

  test('CSL-JSON: one webpage item with the original, the locator and the access date as date-parts', () => {
    expect(cslJson(claim)).toEqual([
      {
        id: 'hosu-seven-truths-hardware-drives-progress',
        type: 'webpage',
        title: '做了 5 年机器学习研究，我发现了这 7 个真相',
        author: [{ family: 'Hosu', given: 'George' }],
        'container-title': '七个真相 · 批注版',
        section: '论断“未来的大多数进步将来自硬件”',
        'original-title': 'Takeaways From 3 Years Working In Machine Learning',
        'original-author': [{ family: 'Hosu', given: 'George' }],
        URL: 'https://example.org/claims/hardware-drives-progress/',
        accessed: { 'date-parts': [[2026, 12, 1]] },
        language: 'zh-CN',
        translator: [{ literal: '佚名' }],
        note: '中文译文，译者未署名',
      },
    ]);
    expect(cslJson(essay)[0]).not.toHaveProperty('section');
  });

  test('with no site address a citation has no URL at all, never a relative or local one', () => {
    const { place, path } = claimPlace(hardware, { base: '/seven-truths/' }, title);
    expect(place.url).toBeUndefined();
    expect(path).toBe('/seven-truths/claims/hardware-drives-progress/');
    const bare = { ...place, accessed };
    expect(gbt7714(bare)).toBe('HOSU G. 做了 5 年机器学习研究，我发现了这 7 个真相[EB/OL]. 佚名, 译//七个真相 · 批注版: 论断“未来的大多数进步将来自硬件”. [2026-12-01].');
    expect(apa7(bare)).toMatch(/七个真相 · 批注版\.$/);
    expect(bibtex(bare)).not.toMatch(/url/);
    expect(cslJson(bare)[0]).not.toHaveProperty('URL');
    for (const text of [gbt7714(bare), apa7(bare), bibtex(bare), JSON.stringify(cslJson(bare))]) expect(text).not.toMatch(/localhost|\/claims\//);
    expect(essayPlace({ base: '/' }, title).place.url).toBeUndefined();
    expect(essayPlace({ base: '/seven-truths/', site: new URL('https://example.org') }, title).place.url).toBe('https://example.org/seven-truths/');
  });

  test('a file saved for later carries no access date', () => {
    const { place } = essayPlace({ base: '/', site: new URL('https://example.org') }, title);
    expect(cslJson(place)[0]).not.toHaveProperty('accessed');
    expect(bibtex(place)).not.toMatch(/urldate/);
  });

  test('the address a page was read at is citable unless it is on the reader\'s own machine', () => {
    expect(citableAddress(new URL('https://example.org/seven-truths/claims/x-y/'))).toBe('https://example.org/seven-truths/claims/x-y/');
    for (const local of ['http://localhost:4321/', 'http://127.0.0.1/', 'http://[::1]/', 'http://0.0.0.0/', 'http://192.168.1.5/', 'http://10.0.0.2/', 'http://172.20.1.1/', 'http://my-box.local/', 'http://site.localhost/', 'file:///tmp/index.html']) {
      expect(citableAddress(new URL(local)), local).toBeUndefined();
    }
    expect(citableAddress(new URL('http://172.32.0.1/'))).toBe('http://172.32.0.1/');
  });
});
