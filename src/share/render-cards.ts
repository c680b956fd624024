/**
 * Share images drawn at build time (cards → PNG): the layouts (./layout-card.ts) measured with
 * Noto Sans SC's own glyph advances (fontkit), the font cut down to exactly the characters the
 * cards draw (subset-font), drawn by satori as SVG and rasterised by resvg.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import * as fontkit from 'fontkit';
import type { Card } from './cards.ts';
import { imageSize, layoutCard, type CardLayout, type ImageSize, type Measures } from './layout-card.ts';
import type { Palette } from './palette.ts';

/** Noto Sans SC's files, regular and bold. */
export type Fonts = Record<400 | 700, Buffer>;
const family = 'Noto Sans SC';

const measureWith = (font: fontkit.Font) => (text: string, fontSize: number) => (font.layout(text).advanceWidth * fontSize) / font.unitsPerEm;

export function fontMeasures(fonts: Fonts): Measures {
  const open = (font: Buffer) => fontkit.create(font) as fontkit.Font;
  return { regular: measureWith(open(fonts[400])), bold: measureWith(open(fonts[700])) };
}

/** Each font cut to the characters drawn in it, so no image carries the 10 MB font. */
export async function subsetFonts(layouts: readonly CardLayout[], fonts: Fonts): Promise<Fonts> {
  const text = (weight: 400 | 700) => [...new Set(layouts.flatMap((layout) => [...layout.boxes.filter((box) => box.weight === weight).map((box) => box.text).join('')]))].join('');
  const subset = (weight: 400 | 700) => subsetFont(fonts[weight], text(weight), { targetFormat: 'truetype' });
  const [regular, bold] = await Promise.all([subset(400), subset(700)]);
  return { 400: regular, 700: bold };
}

type Node = { type: string; props: { style: Record<string, string | number>; children?: Node[] | string } };

function tree(card: Card, layout: CardLayout, palette: Palette, size: ImageSize): Node {
  const colours = { fg: palette.fg, muted: palette.muted, accent: card.accent, 'on-accent': '#ffffff' };
  const box = (style: Record<string, string | number>, children?: Node[] | string): Node => ({ type: 'div', props: { style: { position: 'absolute', display: 'flex', ...style }, ...(children ? { children } : {}) } });
  return {
    type: 'div',
    props: {
      style: { display: 'flex', position: 'relative', width: size.width, height: size.height, backgroundColor: palette.bg, fontFamily: family },
      children: [
        box({ left: 0, top: 0, width: layout.edge.width, height: size.height, backgroundColor: card.accent }),
        ...(layout.badge ? [box({ left: layout.badge.x, top: layout.badge.y, width: layout.badge.width, height: layout.badge.height, backgroundColor: card.accent, borderRadius: 8 })] : []),
        ...layout.boxes.map((text) =>
          box({ left: text.x, top: text.y, width: text.width + 2, fontSize: text.fontSize, lineHeight: `${text.lineHeight}px`, fontWeight: text.weight, color: colours[text.colour], whiteSpace: 'nowrap' }, text.text),
        ),
      ],
    },
  };
}

export interface RenderedCard {
  card: Card;
  layout: CardLayout;
  png: Buffer;
}

/** Draws the cards at one size: the share images' 1200×630, or the e-book's upright cover. */
export async function renderCards(cards: readonly Card[], palette: Palette, fontFiles: Fonts, size: ImageSize = imageSize): Promise<{ images: RenderedCard[]; fonts: Fonts }> {
  const measures = fontMeasures(fontFiles);
  const layouts = cards.map((card) => layoutCard(card, measures, size));
  const fonts = await subsetFonts(layouts, fontFiles);
  const options = {
    ...size,
    fonts: ([400, 700] as const).map((weight) => ({ name: family, data: fonts[weight], weight, style: 'normal' as const })),
  };
  const images = await Promise.all(
    cards.map(async (card, index) => {
      const svg = await satori(tree(card, layouts[index]!, palette, size) as never, options);
      const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
      return { card, layout: layouts[index]!, png };
    }),
  );
  return { images, fonts };
}

