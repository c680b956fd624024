/**
 * The argument map of each section for the e-book: the site's layout (src/map/) at its narrow
 * size, drawn black on white with no colour and no script (e-readers show SVG as an image whose
 * links few follow), each relation told apart by its line's dashes. Under each map, the same
 * claims and every relation both ways as text, which is the map's text alternative and where its
 * links are.
 */
import { h, s, type Child } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Section } from '../essay/section-schema.ts';
import { sectionShortName } from '../essay/sections.ts';
import type { Claim } from '../claims/schema.ts';
import { relationsOf, type RelatedClaim } from '../claims/relations.ts';
import { claimTypes, oneReadingLabel, relationAuthors, relationTypes, type RelationType } from '../claims/vocabulary.ts';
import { claimPlaces, sectionPanel } from '../map/claim-graph.ts';
import { layoutMap, mapSizes, type MapLayout } from '../map/layout-map.ts';

/** How each relation's line is drawn, and the words the legend uses for it. */
const relationLines: Record<RelationType, { dash?: string; width?: number; words: string }> = {
  supports: { words: '实线' },
  'example-of': { dash: '2 3', words: '点线' },
  elaborates: { dash: '7 4', words: '短划线' },
  answers: { dash: '16 2 2 2 2 2', words: '长划夹三点' },
  qualifies: { dash: '12 3', words: '长划线' },
  contradicts: { dash: '10 3 2 3', width: 2, words: '粗的划点线' },
};
const black = '#000';
/** A relation the editor drew: grey, still 7:1 on white. */
const grey = '#595959';

function drawMap(layout: MapLayout, id: string, title: string, description: string): Element {
  const arrow = `${id}-arrow`;
  const ring = `${id}-ring`;
  const size = mapSizes.narrow;
  return s('svg', { viewBox: `0 0 ${layout.width} ${layout.height}`, width: layout.width, height: layout.height, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, className: ['map'] }, [
    s('title', { id: `${id}-title` }, title),
    s('desc', { id: `${id}-desc` }, description),
    s('defs', [
      s('marker', { id: arrow, viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 10, markerHeight: 10, markerUnits: 'userSpaceOnUse', orient: 'auto' }, [s('path', { d: 'M0 0L8 4L0 8z', fill: black })]),
      s('marker', { id: ring, viewBox: '0 0 10 10', refX: 5, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: 'userSpaceOnUse' }, [s('circle', { cx: 5, cy: 5, r: 3.5, fill: '#fff', stroke: black })]),
    ]),
    s('rect', { width: layout.width, height: layout.height, fill: '#fff' }),
    ...layout.edges.map((edge) => {
      const line = relationLines[edge.type as RelationType];
      return s('path', {
        d: edge.path,
        fill: 'none',
        stroke: edge.by === 'editor' ? grey : black,
        strokeWidth: line?.width ?? 1.5,
        strokeDasharray: line?.dash,
        markerEnd: `url(#${arrow})`,
        markerStart: edge.reading ? `url(#${ring})` : undefined,
      });
    }),
    ...layout.nodes.map((node) =>
      s('g', { transform: `translate(${node.x} ${node.y})` }, [
        s('rect', { width: node.width, height: node.height, rx: 4, fill: '#fff', stroke: black }),
        s('text', { x: node.kickerLine.x - node.x, y: node.kickerLine.y - node.y, fontSize: size.kickerSize, fill: black }, node.kicker),
        s('text', { fontSize: size.fontSize, fill: black }, node.lines.map((line) => s('tspan', { x: line.x - node.x, y: line.y - node.y }, line.text))),
        ...node.placedRefs.map((ref) => s('text', { x: ref.x - node.x, y: ref.y - node.y, fontSize: size.refSize, fill: black }, ref.label)),
      ]),
    ),
  ]);
}

/** The relation's kind and who drew it, as the site's lists say it. */
const relationWords = (related: RelatedClaim<Claim>, place: (id: string) => string, href: (claim: Claim) => string, outgoing: boolean): Child[] => [
  `${outgoing ? `${relationTypes[related.type].zh} →` : `${relationTypes[related.type].inverse.zh} ←`} ${place(related.claim.id)} `,
  h('a', { href: href(related.claim) }, related.claim.title),
  related.by === 'editor' ? `（${relationAuthors.editor.zh}）` : '',
  related.reading ? `（${oneReadingLabel}：${related.reading}）` : '',
];

export interface MappedBook {
  sections: readonly Section[];
  claims: readonly Claim[];
  /** Where a claim's words are in the book: `automl.xhtml#claim-id`. */
  href: (claim: Claim) => string;
}

export function argumentMapsBody({ sections, claims, href }: MappedBook): ElementContent[] {
  const places = claimPlaces(claims, sections);
  const mapped = sections.filter((section) => claims.some((claim) => claim.section === section.slug));
  const legend = (Object.keys(relationLines) as RelationType[]).map((type) => `${relationTypes[type].zh}：${relationLines[type].words}`).join('；');
  return [
    h('section', { 'aria-labelledby': 'maps-title' }, [
      h('h1', { id: 'maps-title' }, '论证图'),
      h('p', `每节一张图：方框是本节的论断，编号与批注一致；线是节内的关联，箭头从写下关联的论断指向它所指的论断；与别节论断的关联写在方框里（如“支持 → 第1节·3”）。线型：${legend}。编者所加的关联画成灰线，只在一种读法下成立的关联起点有一个圆圈。每张图下的文字版列出同样的论断与关联。`),
      ...mapped.map((section) => {
        const panel = sectionPanel(claims, section.slug, sections);
        const id = `map-${section.slug}`;
        const name = `${sectionShortName(section)}论证图`;
        const description = `${panel.claims.length} 条论断与 ${panel.edges.length} 条节内关联，文字版在图下。`;
        return h('section', { 'aria-labelledby': `${id}-heading` }, [
          h('h2', { id: `${id}-heading` }, `${sectionShortName(section)} · ${section.title}`),
          h('figure', { className: ['map-figure'] }, [
            drawMap(layoutMap(panel.nodes, panel.edges, mapSizes.narrow), id, name, description),
            h('figcaption', `${name}：${description}`),
          ]),
          h(
            'ol',
            { className: ['map-list'], 'aria-label': `${name}（文字版）` },
            panel.claims.map((claim) => {
              const { outgoing, incoming } = relationsOf(claims, claim.id);
              const relations = [...outgoing.map((related) => relationWords(related, places.place, href, true)), ...incoming.map((related) => relationWords(related, places.place, href, false))];
              return h('li', [
                `${places.place(claim.id)} `,
                h('a', { href: href(claim) }, claim.title),
                ` 〔${claimTypes[claim.type].zh}〕`,
                ...(relations.length > 0 ? [h('ul', relations.map((words) => h('li', {}, ...words)))] : []),
              ]);
            }),
          ),
        ]);
      }),
    ]),
  ];
}
