/** The argument map before SVG: which claims each map shows, label sizes, and the layout. */
import { describe, expect, test } from 'vitest';
import { readEssay } from '../../src/source.ts';
import { toSections } from '../../src/essay/sections.ts';
import { relationEdges } from '../../src/claims/relations.ts';
import { claimTypes } from '../../src/claims/vocabulary.ts';
import { essayGraph, neighbourhoodGraph, sectionGraph } from '../../src/map/claim-graph.ts';
import { characterWidth, textWidth, wrapLines } from '../../src/map/label-size.ts';
import { layoutMap, mapMetrics, type Box } from '../../src/map/layout-map.ts';

const { edition, claims } = readEssay();
const sections = toSections(edition).map((section) => ({ slug: section.slug, title: section.title, order: section.order }));
const edges = relationEdges(claims);

describe('label sizes', () => {
  test('Chinese characters, fullwidth punctuation and ambiguous quotes are a full em; Latin less', () => {
    for (const character of ['研', '，', '：', '“', '·', '？']) expect(characterWidth(character), character).toBe(1);
    for (const character of ['a', 'A', '1', ' ', 'W']) expect(characterWidth(character), character).toBeLessThan(1);
    expect(characterWidth('W')).toBeGreaterThan(characterWidth('i'));
    expect(textWidth('T5 模型')).toBeCloseTo(0.72 * 2 + 0.6 + 2);
  });

  test('lines break between words or after punctuation, balanced, never wider than asked unless one word is', () => {
    for (const claim of claims) {
      const lines = wrapLines(claim.title, mapMetrics.maxLineWidth);
      expect(lines.join('').replace(/\s/g, ''), claim.id).toBe(claim.title.replace(/\s/g, ''));
      for (const line of lines) {
        // Wider only when the line is one word: wrapping it at no width at all leaves it whole.
        if (textWidth(line) > mapMetrics.maxLineWidth) expect(wrapLines(line, 0), claim.id).toEqual([line]);
      }
    }
    expect(wrapLines('做软件的人可以做两件事：押注硬件带来的新机会，或寻找范式转变', 11)).toEqual(['做软件的人', '可以做两件事：押注', '硬件带来的新机会，', '或寻找范式转变']);
  });
});

describe('which claims a map shows', () => {
  test('the essay map: every claim in its section\'s group, every relation', () => {
    const graph = essayGraph(claims, sections);
    expect(graph.nodes.map((node) => node.id)).toEqual(claims.map((claim) => claim.id));
    expect(graph.nodes.every((node) => node.group === claims.find((claim) => claim.id === node.id)!.section)).toBe(true);
    expect(graph.edges).toEqual(edges);
    expect(graph.nodes.find((node) => node.id === 'hardware-drives-progress')!.kicker).toBe('第 2 节 · 预测');
  });

  test('a section map: its claims numbered as on the page, and the claims elsewhere they relate to', () => {
    const graph = sectionGraph(claims, 'software-vs-hardware', sections);
    const own = claims.filter((claim) => claim.section === 'software-vs-hardware');
    expect(graph.nodes.find((node) => node.id === own[0]!.id)!.kicker).toBe(`1 · ${claimTypes[own[0]!.type].zh}`);
    expect(graph.nodes.find((node) => node.id === own[1]!.id)!.kicker).toBe(`2 · ${claimTypes[own[1]!.type].zh}`);
    for (const claim of own) expect(graph.nodes.some((node) => node.id === claim.id)).toBe(true);
    const ownIds = new Set(own.map((claim) => claim.id));
    expect(graph.edges).toEqual(edges.filter((edge) => ownIds.has(edge.source) || ownIds.has(edge.target)));
    expect(graph.nodes.find((node) => node.id === 'research-purpose-mystery')!.kicker).toBe('第 1 节 · 问题');
  });

  test('a neighbourhood: the claim, its neighbours either way, and only the relations that touch it', () => {
    const graph = neighbourhoodGraph(claims, 'hardware-drives-progress', sections);
    const touching = edges.filter((edge) => edge.source === 'hardware-drives-progress' || edge.target === 'hardware-drives-progress');
    expect(graph.edges).toEqual(touching);
    expect(new Set(graph.nodes.map((node) => node.id))).toEqual(new Set(['hardware-drives-progress', ...touching.flatMap((edge) => [edge.source, edge.target])]));
  });
});

describe('the layout', () => {
  const graph = essayGraph(claims, sections);
  const layout = layoutMap(graph.nodes, graph.edges, graph.groups);
  const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  test('no two boxes overlap, and groups neither overlap nor lose their nodes', () => {
    layout.nodes.forEach((a, index) => layout.nodes.slice(index + 1).forEach((b) => expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false)));
    layout.groups.forEach((a, index) => layout.groups.slice(index + 1).forEach((b) => expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false)));
    for (const node of layout.nodes) {
      const group = layout.groups.find((candidate) => candidate.id === node.group)!;
      expect(node.x >= group.x && node.y >= group.y && node.x + node.width <= group.x + group.width && node.y + node.height <= group.y + group.height, node.id).toBe(true);
    }
  });

  test('every label, measured, fits inside its box, and everything inside the map', () => {
    for (const node of layout.nodes) {
      for (const line of node.lines) {
        expect(line.x + textWidth(line.text) * mapMetrics.fontSize, node.id).toBeLessThanOrEqual(node.x + node.width);
        expect(line.y, node.id).toBeLessThan(node.y + node.height);
      }
      expect(node.kickerLine.x + textWidth(node.kicker) * mapMetrics.kickerSize).toBeLessThanOrEqual(node.x + node.width);
      expect(node.x >= 0 && node.y >= 0 && node.x + node.width <= layout.width && node.y + node.height <= layout.height, node.id).toBe(true);
    }
  });

  test('every relation is a line from its source\'s box to its target\'s', () => {
    expect(layout.edges.map(({ source, target }) => `${source} ${target}`)).toEqual(edges.map(({ source, target }) => `${source} ${target}`));
    const near = (box: Box, x: number, y: number) => x >= box.x - 1 && x <= box.x + box.width + 1 && y >= box.y - 1 && y <= box.y + box.height + 1;
    for (const edge of layout.edges) {
      const numbers = edge.path.match(/-?[\d.]+/g)!.map(Number);
      const [x0, y0] = numbers;
      const [x1, y1] = numbers.slice(-2);
      expect(near(layout.nodes.find((node) => node.id === edge.source)!, x0!, y0!), `${edge.source} → ${edge.target} starts at its source`).toBe(true);
      expect(near(layout.nodes.find((node) => node.id === edge.target)!, x1!, y1!), `${edge.source} → ${edge.target} ends at its target`).toBe(true);
    }
  });
});
