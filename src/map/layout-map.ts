/**
 * An argument map laid out at build time (claims and relations → boxes, lines and coordinates).
 *
 * dagre ranks the graph right to left, so every arrow runs from the particular (a reason, an
 * example, an answer) on the right to what it bears on: the claims an argument leads to stand at
 * the left, where a reader starts, and a tall map scrolls the way a page does. Label sizes come from label-size.ts, not from the
 * layout tool, and the result is plain data: the view draws it as SVG without a script.
 */
import dagre from '@dagrejs/dagre';
import { textWidth, wrapLines } from './label-size.ts';
import type { ClaimType, RelationAuthor, RelationType } from '../claims/vocabulary.ts';

export interface MapNodeInput {
  id: string;
  /** Small first line: the claim's number or section, and its type. */
  kicker: string;
  title: string;
  type: ClaimType;
  /** The cluster (section) the node is drawn in, if the map has clusters. */
  group?: string | undefined;
}

export interface MapEdgeInput {
  source: string;
  target: string;
  type: RelationType;
  by: RelationAuthor;
}

export interface MapGroupInput {
  /** The group's id; nodes name it in `group`. */
  id: string;
}

/** Sizes in px of the SVG user space; the map is drawn at 1:1. */
export const mapMetrics = {
  fontSize: 14,
  lineHeight: 20,
  kickerSize: 12,
  /** A title line's width, in em. */
  maxLineWidth: 11,
  paddingX: 10,
  paddingY: 8,
  margin: 12,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends MapNodeInput, Box {
  /** Baseline positions, relative to the map. */
  kickerLine: { x: number; y: number };
  lines: { text: string; x: number; y: number }[];
}

export interface PlacedEdge extends MapEdgeInput {
  /** An SVG path from the source's box to the target's. */
  path: string;
}

export type PlacedGroup = MapGroupInput & Box;

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  groups: PlacedGroup[];
}

export function layoutMap(nodes: readonly MapNodeInput[], edges: readonly MapEdgeInput[], groups: readonly MapGroupInput[] = []): MapLayout {
  const m = mapMetrics;
  const graph = new dagre.graphlib.Graph({ compound: groups.length > 0 });
  graph.setGraph({ rankdir: 'RL', nodesep: 20, ranksep: 44, edgesep: 12, marginx: m.margin, marginy: m.margin });
  graph.setDefaultEdgeLabel(() => ({}));

  const wrapped = new Map(nodes.map((node) => [node.id, wrapLines(node.title, m.maxLineWidth)]));
  for (const group of groups) graph.setNode(group.id, {});
  for (const node of nodes) {
    const lines = wrapped.get(node.id)!;
    const widest = Math.max(textWidth(node.kicker) * m.kickerSize, ...lines.map((line) => textWidth(line) * m.fontSize));
    graph.setNode(node.id, {
      width: Math.ceil(widest + 2 * m.paddingX),
      height: m.paddingY * 2 + m.lineHeight * (lines.length + 1),
    });
    if (node.group !== undefined) graph.setParent(node.id, node.group);
  }
  for (const edge of edges) graph.setEdge(edge.source, edge.target, { minlen: 1 });
  dagre.layout(graph);

  const placedNodes = nodes.map((node): PlacedNode => {
    const { x, y, width, height } = graph.node(node.id) as Box;
    const left = x - width / 2;
    const top = y - height / 2;
    const baseline = (row: number) => top + m.paddingY + m.lineHeight * row + (m.lineHeight + m.fontSize) / 2 - 2;
    return {
      ...node,
      x: left, y: top, width, height,
      kickerLine: { x: left + m.paddingX, y: baseline(0) },
      lines: wrapped.get(node.id)!.map((text, row) => ({ text, x: left + m.paddingX, y: baseline(row + 1) })),
    };
  });
  const placedEdges = edges.map((edge): PlacedEdge => {
    const points = (graph.edge(edge.source, edge.target) as { points: { x: number; y: number }[] }).points;
    return { ...edge, path: smoothPath(points) };
  });
  // Groups are drawn as plain frames: dagre packs them too tightly for a label to fit, so the
  // nodes' kickers name their section instead.
  const placedGroups = groups.map((group): PlacedGroup => {
    const { x, y, width, height } = graph.node(group.id) as Box;
    return { ...group, x: x - width / 2, y: y - height / 2, width, height };
  });
  const { width = 0, height = 0 } = graph.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), nodes: placedNodes, edges: placedEdges, groups: placedGroups };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A curve through the layout's points: straight ends, quadratic bends at the inner points. */
export function smoothPath(points: readonly { x: number; y: number }[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let path = `M${round(first.x)} ${round(first.y)}`;
  rest.forEach((point, index) => {
    const next = rest[index + 1];
    if (!next) {
      path += `L${round(point.x)} ${round(point.y)}`;
      return;
    }
    path += `Q${round(point.x)} ${round(point.y)} ${round((point.x + next.x) / 2)} ${round((point.y + next.y) / 2)}`;
  });
  return path;
}
