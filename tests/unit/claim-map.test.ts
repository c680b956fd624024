/** The argument map before SVG: which claims each map shows, label sizes, and the layout. */
import { describe, expect, test } from 'vitest';
import { readEssay } from '../../src/source.ts';
import { toSections } from '../../src/essay/sections.ts';
import { relationEdges } from '../../src/claims/relations.ts';
import { claimTypes } from '../../src/claims/vocabulary.ts';
import { centralQuestion, claimPlaces, essayPanels, neighbourhoodGraph, sectionOverview, sectionPanel } from '../../src/map/claim-graph.ts';
import { characterWidth, textWidth, wrapLines } from '../../src/map/label-size.ts';
import { layoutMap, mapSizes, type Box, type MapEdgeInput, type MapLayout, type MapNodeInput } from '../../src/map/layout-map.ts';
import { wordBoundaries } from '../../src/typography/word-breaks.ts';

const { edition, claims } = readEssay();
const sections = toSections(edition).map((section) => ({ slug: section.slug, title: section.title, order: section.order }));
const edges = relationEdges(claims);
const sectionOf = new Map(claims.map((claim) => [claim.id, claim.section]));

describe('label sizes', () => {
  test('Chinese characters, fullwidth punctuation and ambiguous quotes are a full em; Latin less', () => {
    for (const character of ['研', '，', '：', '“', '·', '？']) expect(characterWidth(character), character).toBe(1);
    for (const character of ['a', 'A', '1', ' ', 'W']) expect(characterWidth(character), character).toBeLessThan(1);
    expect(characterWidth('W')).toBeGreaterThan(characterWidth('i'));
    expect(textWidth('T5 模型')).toBeCloseTo(0.72 * 2 + 0.6 + 2);
  });

  // The widths a title is wrapped to, in em: a box's text in each size of map.
  const widths = Object.values(mapSizes).map((size) => (size.width - 2 * size.margin - size.laneGap * 9 - 2 * size.paddingX) / size.fontSize);

  test('labels break only between words, as the headings do, or after punctuation; never wider than asked unless one word is', () => {
    for (const claim of claims) {
      const boundaries = wordBoundaries(claim.title);
      for (const width of widths) {
        const lines = wrapLines(claim.title, width);
        expect(lines.join('').replace(/\s/g, ''), claim.id).toBe(claim.title.replace(/\s/g, ''));
        let offset = 0;
        for (const line of lines) {
          const start = claim.title.indexOf(line, offset);
          // Every line starts where a word does (or after punctuation, which is a word boundary too).
          expect(start === 0 || boundaries.has(start), `${claim.id}: a line starts inside a word: ${line}`).toBe(true);
          offset = start + line.length;
          if (textWidth(line) > width) expect(wrapLines(line, 0), claim.id).toEqual([line]);
        }
      }
    }
  });

  test('the words the segmenter splits stay whole, and no line starts with closing punctuation', () => {
    expect(wrapLines('未来的大多数进步将来自硬件', 5).every((line) => !/^多数|^数/.test(line))).toBe(true);
    expect(wrapLines('经典机器学习的大多数问题出在人身上，没有多少研究能解决', 7).some((line) => line.startsWith('身上'))).toBe(false);
    for (const claim of claims) for (const width of widths) for (const line of wrapLines(claim.title, width).slice(1)) expect(line, claim.id).not.toMatch(/^[，。：；、？！）」』”’]/);
  });
});

describe('which claims a map shows', () => {
  const places = claimPlaces(claims, sections);

  test('the essay: one panel per section, in essay order, each with its claims in order and the relations among them', () => {
    const panels = essayPanels(claims, sections);
    expect(panels.map((panel) => panel.section.slug)).toEqual(sections.map((section) => section.slug));
    expect(panels.flatMap((panel) => panel.claims.map((claim) => claim.id))).toEqual(claims.map((claim) => claim.id));
    for (const panel of panels) {
      expect(panel.edges.every((edge) => sectionOf.get(edge.source) === panel.section.slug && sectionOf.get(edge.target) === panel.section.slug)).toBe(true);
      panel.nodes.forEach((node, index) => expect(node.kicker).toBe(`${index + 1} · ${claimTypes[node.type!].zh}`));
    }
    // Every relation appears once as a line, or as a reference in both boxes it joins.
    const within = panels.flatMap((panel) => panel.edges);
    const across = edges.filter((edge) => sectionOf.get(edge.source) !== sectionOf.get(edge.target));
    expect(within.length + across.length).toBe(edges.length);
    const refs = panels.flatMap((panel) => panel.nodes.flatMap((node) => (node.refs ?? []).map((ref) => ({ node: node.id, ...ref }))));
    expect(refs).toHaveLength(2 * across.length);
    for (const edge of across) {
      expect(refs.find((ref) => ref.node === edge.source && ref.target === edge.target)!.label).toMatch(new RegExp(`→ ${places.place(edge.target)}`));
      expect(refs.find((ref) => ref.node === edge.target && ref.target === edge.source)!.label).toMatch(new RegExp(`← ${places.place(edge.source)}`));
    }
  });

  test('places are written as the notes are numbered: 第1节·3, 引言·2', () => {
    expect(places.place(claims[0]!.id)).toBe('引言·1');
    expect(places.place('hardware-drives-progress')).toBe(`第2节·${claims.filter((claim) => claim.section === 'software-vs-hardware').findIndex((claim) => claim.id === 'hardware-drives-progress') + 1}`);
  });

  test('the overview: the sections in order, and one line per pair of sections standing for all their relations', () => {
    const overview = sectionOverview(claims, sections);
    expect(overview.nodes.map((node) => node.id)).toEqual(sections.map((section) => section.slug));
    const across = edges.filter((edge) => sectionOf.get(edge.source) !== sectionOf.get(edge.target));
    expect(overview.edges.reduce((sum, edge) => sum + edge.count!, 0)).toBe(across.length);
    expect(new Set(overview.edges.map((edge) => `${edge.source} ${edge.target}`)).size).toBe(overview.edges.length);
  });

  test('the central question is the one the most claims answer or take further', () => {
    expect(centralQuestion(claims)!.id).toBe('research-purpose-mystery');
  });

  test('a section\'s panel is the essay\'s panel for it', () => {
    const panel = sectionPanel(claims, 'automl', sections);
    expect(panel).toEqual(essayPanels(claims, sections).find((candidate) => candidate.section.slug === 'automl'));
  });

  test('a relation that holds under one reading only keeps its reading on the line, and says so in a reference', () => {
    const made = [
      { id: 'one-claim', title: '一', type: 'thesis' as const, section: 'automl', relations: [{ type: 'qualifies' as const, target: 'other-claim', by: 'editor' as const, reading: '若读作预测编码' }] },
      { id: 'other-claim', title: '二', type: 'thesis' as const, section: 'benchmarks', relations: [] },
    ];
    expect(relationEdges(made)).toEqual([{ type: 'qualifies', by: 'editor', reading: '若读作预测编码', source: 'one-claim', target: 'other-claim' }]);
    const [from] = sectionPanel(made, 'automl', sections).nodes;
    // A box has room for the ring only; the reference's name says it in words.
    expect(from!.refs).toEqual([expect.objectContaining({ reading: '若读作预测编码', label: expect.stringMatching(/^限定 → .*（编者）○$/), name: expect.stringMatching(/^限定 → .*（编者）（仅在一种读法下）$/) })]);
    const [to] = sectionPanel(made, 'benchmarks', sections).nodes;
    expect(to!.refs![0]!.label).toMatch(/^限定本论断 ← .*（编者）○$/);
    expect(sectionPanel(claims, 'automl', sections).nodes.flatMap((node) => node.refs ?? []).filter((ref) => !ref.reading).every((ref) => ref.name === undefined)).toBe(true);
    expect(neighbourhoodGraph(made, 'one-claim', sections).edges[0]).toMatchObject({ reading: '若读作预测编码' });
  });

  test('a neighbourhood: the claim and its neighbours either way, in essay order, and only the relations that touch it', () => {
    const graph = neighbourhoodGraph(claims, 'hardware-drives-progress', sections);
    const touching = edges.filter((edge) => edge.source === 'hardware-drives-progress' || edge.target === 'hardware-drives-progress');
    expect(graph.edges).toEqual(touching);
    const near = new Set(['hardware-drives-progress', ...touching.flatMap((edge) => [edge.source, edge.target])]);
    expect(graph.nodes.map((node) => node.id)).toEqual(claims.filter((claim) => near.has(claim.id)).map((claim) => claim.id));
  });
});

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a horizontal or vertical segment passes through the inside of a box. */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const [left, right] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [top, bottom] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return left < box.x + box.width && right > box.x && top < box.y + box.height && bottom > box.y;
}

function expectSound(layout: MapLayout, nodes: readonly MapNodeInput[], edges: readonly MapEdgeInput[], size: (typeof mapSizes)[keyof typeof mapSizes], name: string) {
  expect(layout.width, name).toBeLessThanOrEqual(size.width);
  // In the order given, top to bottom, apart.
  expect(layout.nodes.map((node) => node.id)).toEqual(nodes.map((node) => node.id));
  layout.nodes.forEach((node, index) => {
    const next = layout.nodes[index + 1];
    if (next) expect(next.y, `${name}: ${next.id} below ${node.id}`).toBeGreaterThanOrEqual(node.y + node.height);
    expect(node.x >= 0 && node.y >= 0 && node.x + node.width <= layout.width && node.y + node.height <= layout.height, `${name}: ${node.id} inside the map`).toBe(true);
    for (const line of node.lines) expect(line.x + textWidth(line.text) * size.fontSize, `${name}: ${node.id}: ${line.text}`).toBeLessThanOrEqual(node.x + node.width);
    expect(node.kickerLine.x + textWidth(node.kicker) * size.kickerSize).toBeLessThanOrEqual(node.x + node.width);
    for (const ref of node.placedRefs) {
      expect(ref.x + textWidth(ref.label) * size.refSize, `${name}: ${node.id}: ${ref.label}`).toBeLessThanOrEqual(node.x + node.width);
      expect(ref.box.y + ref.box.height, `${name}: ${node.id}`).toBeLessThanOrEqual(node.y + node.height);
    }
  });
  layout.nodes.forEach((a, index) => layout.nodes.slice(index + 1).forEach((b) => expect(overlap(a, b), `${name}: ${a.id} / ${b.id}`).toBe(false)));
  expect(layout.edges.map(({ source, target }) => `${source} ${target}`)).toEqual(edges.map(({ source, target }) => `${source} ${target}`));
  for (const edge of layout.edges) {
    const from = layout.nodes.find((node) => node.id === edge.source)!;
    const to = layout.nodes.find((node) => node.id === edge.target)!;
    const [start, , , end] = edge.points as [Box, Box, Box, Box];
    expect(Math.abs(start.x - (from.x + from.width)) <= 1 && start.y > from.y && start.y < from.y + from.height, `${name}: ${edge.source} → ${edge.target} leaves its source`).toBe(true);
    expect(Math.abs(end.x - (to.x + to.width)) <= 1 && end.y > to.y && end.y < to.y + to.height, `${name}: ${edge.source} → ${edge.target} enters its target`).toBe(true);
    // No line passes through a box it does not join.
    for (const node of layout.nodes) {
      if (node === from || node === to) continue;
      edge.points.slice(1).forEach((point, index) => expect(crosses(edge.points[index]!, point, node), `${name}: ${edge.source} → ${edge.target} crosses ${node.id}`).toBe(false));
    }
    expect(edge.points.every((point) => point.x <= layout.width && point.y <= layout.height), name).toBe(true);
  }
  // Lines whose vertical runs overlap take different lanes.
  layout.edges.forEach((a, index) => layout.edges.slice(index + 1).forEach((b) => {
    const [aTop, aBottom] = [Math.min(a.points[1]!.y, a.points[2]!.y), Math.max(a.points[1]!.y, a.points[2]!.y)];
    const [bTop, bBottom] = [Math.min(b.points[1]!.y, b.points[2]!.y), Math.max(b.points[1]!.y, b.points[2]!.y)];
    if (aTop < bBottom && bTop < aBottom) expect(a.lane, `${name}: ${a.source} → ${a.target} and ${b.source} → ${b.target} share a lane`).not.toBe(b.lane);
  }));
}

describe('the layout', () => {
  for (const [sizeName, size] of Object.entries(mapSizes)) {
    test(`every panel, the overview and every neighbourhood, ${sizeName}: in order, within ${size.width} px, labels inside, no line through a box`, () => {
      for (const panel of essayPanels(claims, sections)) expectSound(layoutMap(panel.nodes, panel.edges, size), panel.nodes, panel.edges, size, `${sizeName} ${panel.section.slug}`);
      const overview = sectionOverview(claims, sections);
      expectSound(layoutMap(overview.nodes, overview.edges, size), overview.nodes, overview.edges, size, `${sizeName} overview`);
      for (const claim of claims) {
        const graph = neighbourhoodGraph(claims, claim.id, sections);
        expectSound(layoutMap(graph.nodes, graph.edges, size), graph.nodes, graph.edges, size, `${sizeName} ${claim.id}`);
      }
    });
  }

  test('a line to a box above leaves and enters nearer the middle than a longer one, so short lanes stay inside long ones', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id, kicker: id, title: id, type: 'thesis' as const }));
    const layout = layoutMap(nodes, [{ source: 'd', target: 'a', type: 'supports', by: 'essay' }, { source: 'd', target: 'c', type: 'supports', by: 'essay' }], mapSizes.wide);
    const [far, near] = layout.edges;
    expect(near!.lane).toBeLessThan(far!.lane);
    // At d, the near line sits above the far one, so the far one's stub passes no inner lane.
    expect(near!.points[0]!.y).toBeLessThan(far!.points[0]!.y);
  });

  test('a relation to a box the map does not have is refused', () => {
    expect(() => layoutMap([{ id: 'a', kicker: '', title: 'a' }], [{ source: 'a', target: 'b', type: 'supports', by: 'essay' }], mapSizes.narrow)).toThrow(/names a box the map does not have/);
  });
});
