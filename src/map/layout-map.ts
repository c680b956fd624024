/**
 * An argument map laid out at build time (claims and relations → boxes, lines and coordinates).
 *
 * The boxes stand in one column, in the order they are given (the essay's), so the map reads
 * down the page as the essay does and a keyboard meets the boxes in that order. Every relation is
 * drawn in the gutter to the right of the column: out of its source's right edge, along a lane of
 * its own, into its target's right edge with an arrow. A line therefore never crosses a box, and
 * lines that would overlap take different lanes (the shortest nearest the boxes). Relations to
 * claims the map does not show are written inside the box as references instead of lines.
 *
 * Label sizes come from label-size.ts, and the result is plain data: the view draws it as SVG.
 */
import { textWidth, wrapLines } from './label-size.ts';
import type { ClaimType, RelationAuthor, RelationType } from '../claims/vocabulary.ts';

export interface MapRefInput {
  /** The claim referred to, drawn elsewhere. */
  target: string;
  /** One short line: the relation and where the other claim stands (回答 → 第1节·1). */
  label: string;
  type: RelationType;
  by: RelationAuthor;
  /** The one reading the relation holds under, when it holds under one only. */
  reading?: string | undefined;
  /** The reference's accessible name, when the label shortens it. */
  name?: string | undefined;
}

export interface MapNodeInput {
  id: string;
  /** Small first line: the claim's number or section, and its type. */
  kicker: string;
  title: string;
  /** The claim's type; absent for a box that stands for a section. */
  type?: ClaimType | undefined;
  /** Relations to claims not on this map, written as lines inside the box. */
  refs?: readonly MapRefInput[] | undefined;
}

export interface MapEdgeInput {
  source: string;
  target: string;
  /** A relation type, or `between-sections` for the relations of one section to another. */
  type: RelationType | 'between-sections';
  by: RelationAuthor;
  /** The one reading the relation holds under, when it holds under one only. */
  reading?: string | undefined;
  /** How many relations the line stands for (a line between sections); 1 otherwise. */
  count?: number | undefined;
}

/** Sizes in px of the SVG user space; the map is drawn at 1:1, never scaled. */
export interface MapSize {
  /** The whole map's width: it must fit the column it is shown in. */
  width: number;
  fontSize: number;
  lineHeight: number;
  kickerSize: number;
  /** References inside a box: links, each line at least 24 px tall (WCAG 2.5.8 target size). */
  refSize: number;
  refLineHeight: number;
  paddingX: number;
  paddingY: number;
  /** Between two boxes of the column. */
  boxGap: number;
  /** Between two lanes of the gutter, and between the column and the first lane. */
  laneGap: number;
  margin: number;
}

const common = { fontSize: 14, lineHeight: 20, kickerSize: 12, refSize: 12, refLineHeight: 24, paddingX: 10, paddingY: 7, margin: 4 };

/**
 * Two sizes: `wide` fills the text column of a wide screen (684 px), `narrow` fits a 320 px phone
 * (288 px of column). A page shows one or the other by its width, never a scaled map.
 */
export const mapSizes = {
  wide: { ...common, width: 684, boxGap: 12, laneGap: 9 },
  narrow: { ...common, width: 288, boxGap: 10, laneGap: 6, paddingX: 8 },
} as const satisfies Record<string, MapSize>;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedRef extends MapRefInput {
  /** Baseline, relative to the map. */
  x: number;
  y: number;
  /** The line's box, for the link's hit area. */
  box: Box;
}

export interface PlacedNode extends MapNodeInput, Box {
  /** Baseline positions, relative to the map. */
  kickerLine: { x: number; y: number };
  lines: { text: string; x: number; y: number }[];
  placedRefs: PlacedRef[];
}

export interface PlacedEdge extends MapEdgeInput {
  /** An SVG path from the source's right edge, along its lane, into the target's right edge. */
  path: string;
  /** 0 is the lane nearest the boxes. */
  lane: number;
  /** The corners of the line, for tests: start, lane top, lane bottom, end. */
  points: { x: number; y: number }[];
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

interface End {
  edge: number;
  /** The node at the other end, by index. */
  other: number;
}

/**
 * Where each edge leaves and enters its boxes, as ranks on the box's right edge, top to bottom.
 * Lines to boxes above come first and lines to boxes below last; within each, the line to the
 * nearer box sits nearer the box's middle, so a stub to an outer lane passes no inner lane.
 */
function portRanks(edges: readonly { from: number; to: number }[], count: number) {
  const ends: End[][] = Array.from({ length: count }, () => []);
  edges.forEach(({ from, to }, edge) => {
    ends[from]!.push({ edge, other: to });
    ends[to]!.push({ edge, other: from });
  });
  const rank = new Map<string, { rank: number; of: number }>();
  ends.forEach((list, node) => {
    const above = list.filter((end) => end.other < node).sort((a, b) => b.other - a.other);
    const below = list.filter((end) => end.other > node).sort((a, b) => b.other - a.other);
    [...above, ...below].forEach((end, index) => rank.set(`${end.edge}:${node}`, { rank: index, of: list.length }));
  });
  return (edge: number, node: number) => rank.get(`${edge}:${node}`)!;
}

/**
 * A lane for every edge: spans are compared as positions in the column (a box's index plus its
 * port's share of the box), which orders them exactly as their pixels will be, before any box
 * has a height. Shorter spans take lanes first, nearest the boxes.
 */
function assignLanes(spans: readonly [number, number][]): number[] {
  const order = spans.map((_, index) => index).sort((a, b) => spans[a]![1] - spans[a]![0] - (spans[b]![1] - spans[b]![0]) || spans[a]![0] - spans[b]![0]);
  const lanes: [number, number][][] = [];
  const assigned: number[] = [];
  for (const index of order) {
    const [top, bottom] = spans[index]!;
    let lane = lanes.findIndex((taken) => taken.every(([start, end]) => bottom < start || top > end));
    if (lane < 0) lane = lanes.push([]) - 1;
    lanes[lane]!.push([top, bottom]);
    assigned[index] = lane;
  }
  return assigned;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Right, down or up the lane, and back left, with rounded corners. */
function lanePath(startX: number, startY: number, laneX: number, endY: number, endX: number): string {
  const radius = Math.min(4, Math.abs(endY - startY) / 2);
  const down = endY > startY ? 1 : -1;
  return [
    `M${round(startX)} ${round(startY)}`,
    `H${round(laneX - radius)}`,
    `Q${round(laneX)} ${round(startY)} ${round(laneX)} ${round(startY + down * radius)}`,
    `V${round(endY - down * radius)}`,
    `Q${round(laneX)} ${round(endY)} ${round(laneX - radius)} ${round(endY)}`,
    `H${round(endX)}`,
  ].join('');
}

export function layoutMap(nodes: readonly MapNodeInput[], edges: readonly MapEdgeInput[], size: MapSize): MapLayout {
  const index = new Map(nodes.map((node, position) => [node.id, position]));
  const ends = edges.map((edge) => ({ from: index.get(edge.source)!, to: index.get(edge.target)! }));
  for (const [position, end] of ends.entries()) {
    if (end.from === undefined || end.to === undefined) throw new Error(`map edge ${edges[position]!.source} → ${edges[position]!.target} names a box the map does not have`);
  }
  const port = portRanks(ends, nodes.length);
  const share = (edge: number, node: number) => {
    const { rank, of } = port(edge, node);
    return node + (rank + 1) / (of + 1);
  };
  const spans = ends.map(({ from, to }, edge): [number, number] => {
    const a = share(edge, from);
    const b = share(edge, to);
    return [Math.min(a, b), Math.max(a, b)];
  });
  const lanes = assignLanes(spans);
  const laneCount = lanes.length > 0 ? Math.max(...lanes) + 1 : 0;

  const gutter = laneCount > 0 ? size.laneGap * (laneCount + 1) : 0;
  const boxWidth = size.width - 2 * size.margin - gutter;
  const textWidthPx = boxWidth - 2 * size.paddingX;
  const left = size.margin;

  let top = size.margin;
  const placedNodes = nodes.map((node): PlacedNode => {
    const lines = wrapLines(node.title, textWidthPx / size.fontSize);
    const refs = node.refs ?? [];
    const height = 2 * size.paddingY + size.lineHeight * (lines.length + 1) + size.refLineHeight * refs.length;
    const baseline = (row: number) => top + size.paddingY + size.lineHeight * row + (size.lineHeight + size.fontSize) / 2 - 2;
    const refsTop = top + size.paddingY + size.lineHeight * (lines.length + 1);
    const placed: PlacedNode = {
      ...node,
      x: left, y: top, width: boxWidth, height,
      kickerLine: { x: left + size.paddingX, y: baseline(0) },
      lines: lines.map((text, row) => ({ text, x: left + size.paddingX, y: baseline(row + 1) })),
      placedRefs: refs.map((ref, row) => {
        const lineTop = refsTop + size.refLineHeight * row;
        return {
          ...ref,
          x: left + size.paddingX,
          y: lineTop + (size.refLineHeight + size.refSize) / 2 - 2,
          box: { x: left + size.paddingX - 2, y: lineTop, width: Math.min(textWidth(ref.label) * size.refSize + 4, boxWidth - 2 * size.paddingX + 4), height: size.refLineHeight },
        };
      }),
    };
    top += height + size.boxGap;
    return placed;
  });
  const height = Math.ceil(top - size.boxGap + size.margin);

  const right = left + boxWidth;
  const portY = (edge: number, node: number) => {
    const box = placedNodes[node]!;
    const { rank, of } = port(edge, node);
    return box.y + (box.height * (rank + 1)) / (of + 1);
  };
  const placedEdges = edges.map((edge, position): PlacedEdge => {
    const { from, to } = ends[position]!;
    const startY = portY(position, from);
    const endY = portY(position, to);
    const laneX = right + size.laneGap * (lanes[position]! + 1);
    // The line stops short of the box so the arrowhead (8 px, tip at the end) touches its edge.
    const endX = right + 1;
    return {
      ...edge,
      lane: lanes[position]!,
      path: lanePath(right, startY, laneX, endY, endX),
      points: [{ x: right, y: startY }, { x: laneX, y: startY }, { x: laneX, y: endY }, { x: endX, y: endY }],
    };
  });
  return { width: size.width, height, nodes: placedNodes, edges: placedEdges };
}
