/**
 * Where each line of a share image goes (card → boxes, pure): 1200×630, the accent as an edge on
 * the left, the kicker and badge on top, the title as large as three lines allow, the body
 * below it, the footer at the bottom. The same card drawn upright (1200×1800) is the e-book's
 * cover, its title larger and in up to six lines. Every line is measured and placed here, so the drawing has
 * nothing left to decide and a test can check that each line fits its box.
 */
import type { Card } from './cards.ts';
import { fitLines, type Measure } from './fit-text.ts';

export interface ImageSize {
  width: number;
  height: number;
}

export const imageSize = { width: 1200, height: 630 } as const satisfies ImageSize;
/** Upright, 2:3, as a reader's bookshelf shows covers. */
export const coverSize = { width: 1200, height: 1800 } as const satisfies ImageSize;

const margin = 72;
const edge = 20;
const left = edge + margin;

export interface TextBox {
  text: string;
  x: number;
  y: number;
  /** The box's width: the line must not be wider. */
  width: number;
  fontSize: number;
  lineHeight: number;
  weight: 400 | 700;
  colour: 'fg' | 'muted' | 'accent' | 'on-accent';
}

export interface CardLayout {
  edge: { width: number };
  badge?: { x: number; y: number; width: number; height: number };
  boxes: TextBox[];
}

export interface Measures {
  regular: Measure;
  bold: Measure;
}

export function layoutCard(card: Card, measure: Measures, size: ImageSize = imageSize): CardLayout {
  const width = size.width - left - margin;
  const upright = size.height > size.width;
  const titleLines = upright ? 6 : 3;
  const boxes: TextBox[] = [];
  const line = (text: string, y: number, fontSize: number, weight: 400 | 700, colour: TextBox['colour'], x = left, boxWidth = width) =>
    boxes.push({ text, x, y, width: boxWidth, fontSize, lineHeight: Math.round(fontSize * 1.3), weight, colour });

  line(card.kicker, margin, 28, 400, 'muted');
  let y = margin + 28 * 1.3 + 28;
  let badge: CardLayout['badge'];
  if (card.badge) {
    const fontSize = 28;
    const textWidth = Math.ceil(measure.bold(card.badge, fontSize));
    badge = { x: left, y, width: textWidth + 32, height: Math.round(fontSize * 1.3) + 16 };
    line(card.badge, y + 8, fontSize, 700, 'on-accent', left + 16, textWidth);
    y += badge.height + 28;
  }
  const footerY = size.height - margin - Math.round(28 * 1.3);
  const bodySize = 30;
  const bodyLines = card.body ? 2 : 0;
  const bodyHeight = bodyLines * Math.round(bodySize * 1.3);
  // The title takes what the body and footer leave: its lines at the largest size that fits.
  const titleRoom = footerY - 28 - (bodyLines ? bodyHeight + 24 : 0) - y;
  let titleSize = upright ? 128 : 64;
  let title = fitLines(card.title, { width, fontSize: titleSize, maxLines: titleLines, measure: measure.bold });
  while (titleSize > 40 && (title.length * Math.round(titleSize * 1.3) > titleRoom || title.at(-1)!.endsWith('……'))) {
    titleSize -= 4;
    title = fitLines(card.title, { width, fontSize: titleSize, maxLines: titleLines, measure: measure.bold });
  }
  for (const text of title) {
    line(text, y, titleSize, 700, 'fg');
    y += Math.round(titleSize * 1.3);
  }
  if (card.body) {
    y += 24;
    for (const text of fitLines(card.body, { width, fontSize: bodySize, maxLines: bodyLines, measure: measure.regular })) {
      line(text, y, bodySize, 400, 'muted');
      y += Math.round(bodySize * 1.3);
    }
  }
  for (const text of fitLines(card.footer, { width, fontSize: 28, maxLines: 1, measure: measure.regular })) line(text, footerY, 28, 400, 'accent');
  return { edge: { width: edge }, ...(badge ? { badge } : {}), boxes };
}
