/**
 * The e-book's about page: which edition and version this is, who is responsible for what, the
 * rights, the three voices of a note, how to cite, what the web edition adds, and the record of
 * revisions. The words are the about page's own (src/essay/colophon.ts, src/claims/vocabulary.ts).
 */
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { editorLicence, responsibility, rights } from '../essay/colophon.ts';
import { noteParts } from '../claims/vocabulary.ts';
import { citationFormats } from '../citations/cite.ts';
import { citedWork, essayPlace } from '../citations/essay-citation.ts';
import type { Urls } from '../citations/claim-exports.ts';
import type { Revision } from '../changelog/revisions.ts';
import { siteName, withBase } from '../site.ts';

export interface Colophon {
  essayTitle: string;
  claims: number;
  revisions: readonly Revision[];
  /** The web edition's base and, when known, its origin: links to it only then. */
  urls: Urls;
}

/** What only the web edition does, linked when the site's address is known. */
function webEdition({ base, site }: Urls): ElementContent[] {
  const words = '网络版另有电子书做不到的：按主题与类型检索论断，读者自己的划线与批注（保存在自己的浏览器里），以及每条论断可以引用的网址。';
  if (!site) return [h('p', `${words}这一份电子书构建时没有设定网站地址，因此不给出链接。`)];
  const link = (path: string, text: string) => h('li', [h('a', { href: new URL(withBase(base, path), site).href }, text)]);
  return [h('p', words), h('ul', [link('', `${siteName}（首页）`), link('search/', '检索论断'), link('notes/', '我的批注'), link('claims/', '全部论断')])];
}

export function colophonBody({ essayTitle, claims, revisions, urls }: Colophon): ElementContent[] {
  const current = revisions[0]!;
  const place = essayPlace(urls, essayTitle).place;
  return [
    h('section', { 'epub:type': 'colophon', role: 'doc-colophon', 'aria-labelledby': 'about-title' }, [
      h('h1', { id: 'about-title' }, '关于本版'),
      h('p', `这是《${essayTitle}》的批注版“${siteName}”的电子书：原文按节排列，编者从中标出 ${claims} 条论断，注明类型、主题与彼此的关联。`),
      h('p', `第 ${current.version} 版，${current.date}。${current.summary}`),
      h('h2', '责任者'),
      h('dl', responsibility.flatMap(({ role, text }) => [h('dt', role), h('dd', text)])),
      h('h2', '权利'),
      h('p', rights),
      h('p', ['编者所加的内容（论断、标题、批注、关联、关键词）以', h('a', { href: editorLicence.url }, editorLicence.name), '发布。']),
      h('h2', '批注的三个部分'),
      h('dl', (Object.keys(noteParts) as (keyof typeof noteParts)[]).flatMap((part) => [h('dt', noteParts[part].zh), h('dd', `${noteParts[part].definition}${part === 'note' ? '书中不加标签，紧接在论断的标题之后；另两部分各自标明。' : ''}`)])),
      h('h2', '如何引用'),
      h('p', `${citedWork('本版')}引用日期请写你读到的日子。${place.url ? '' : '这一份电子书没有记下网络版的网址，引文因此不含网址。'}`),
      h('dl', citationFormats.flatMap(({ label, format }) => [h('dt', label), h('dd', [h('pre', [h('code', format(place))])])])),
      h('h2', '网络版'),
      ...webEdition(urls),
      h('h2', '修订记录'),
      ...revisions.flatMap((revision) => [
        h('h3', `第 ${revision.version} 版 · ${revision.date}`),
        h('p', revision.summary),
        h('ul', revision.changes.map((change) => h('li', `${change.what}理由：${change.why}`))),
      ]),
    ]),
  ];
}
