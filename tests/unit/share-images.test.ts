/**
 * Share images: lines broken between words and measured to fit, every card inside 1200×630, every
 * drawn character present in the subset font (none silently dropped), every PNG 1200×630.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import * as fontkit from 'fontkit';
import { fitLines } from '../../src/share/fit-text.ts';
import { coverSize, imageSize } from '../../src/share/layout-card.ts';
import { renderCards, fontMeasures, type RenderedCard } from '../../src/share/render-cards.ts';
import { siteCards, siteCover } from '../../src/site-cards.ts';
import { parsePalette } from '../../src/share/palette.ts';
import { readEssay, readFonts, readPaletteStylesheet } from '../../src/source.ts';
import { breakableParts } from '../../src/typography/word-breaks.ts';

const measures = fontMeasures(readFonts());

describe('lines that fit', () => {
  const measure = (text: string, fontSize: number) => [...text].length * fontSize;

  test('break only between words, never wider than the box', () => {
    const text = '机器学习正分化为三个方向，且仍在继续分裂';
    const lines = fitLines(text, { width: 10 * 40, fontSize: 40, maxLines: 5, measure });
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(measure(line, 40)).toBeLessThanOrEqual(400);
    const boundaries = breakableParts(text).reduce<number[]>((ends, part) => [...ends, (ends.at(-1) ?? 0) + part.length], []);
    let at = 0;
    for (const line of lines.slice(0, -1)) expect(boundaries, line).toContain((at += line.length));
  });

  test('a text longer than its lines ends with an ellipsis that fits', () => {
    const lines = fitLines('一二三四五六七八九十'.repeat(5), { width: 400, fontSize: 40, maxLines: 2, measure });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('……')).toBe(true);
    expect(measure(lines[1]!, 40)).toBeLessThanOrEqual(400);
  });
});

describe('the site\'s share images', () => {
  let images: RenderedCard[];
  let fonts: Record<400 | 700, Buffer>;
  beforeAll(async () => {
    ({ images, fonts } = await renderCards(siteCards(), parsePalette(readPaletteStylesheet()), readFonts()));
  }, 120_000);

  test('one for the home page, each section and each claim', () => {
    const { edition, claims } = readEssay();
    expect(images).toHaveLength(1 + edition.sections.length + claims.length);
    expect(new Set(images.map((image) => image.card.path)).size).toBe(images.length);
  });

  test('every line is measured within its box and every box within the image', () => {
    for (const { card, layout } of images) {
      for (const box of layout.boxes) {
        const measure = box.weight === 700 ? measures.bold : measures.regular;
        const where = `${card.path}: "${box.text}"`;
        expect(measure(box.text, box.fontSize), where).toBeLessThanOrEqual(box.width + 0.5);
        expect(box.x + box.width, where).toBeLessThanOrEqual(imageSize.width - 72);
        expect(box.y + box.lineHeight, where).toBeLessThanOrEqual(imageSize.height - 72 + 1);
      }
      const ys = layout.boxes.map((box) => [box.y, box.y + box.lineHeight]).sort((a, b) => a[0]! - b[0]!);
      for (let index = 1; index < ys.length; index++) expect(ys[index]![0], card.path).toBeGreaterThanOrEqual(ys[index - 1]![1]!);
    }
  });

  test('every character drawn is in the subset font of its weight', () => {
    const subsets = { 400: fontkit.create(fonts[400]) as fontkit.Font, 700: fontkit.create(fonts[700]) as fontkit.Font };
    const missing: string[] = [];
    for (const { card, layout } of images) {
      for (const box of layout.boxes) {
        for (const character of box.text) {
          if (/\s/.test(character)) continue;
          if (!subsets[box.weight].hasGlyphForCodePoint(character.codePointAt(0)!)) missing.push(`${card.path}: ${character} (U+${character.codePointAt(0)!.toString(16)}) in "${box.text}"`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The subset holds what is drawn, not the whole font: a character no card draws is absent.
    expect(subsets[400].hasGlyphForCodePoint('龘'.codePointAt(0)!)).toBe(false);
    expect(fonts[400].length).toBeLessThan(500_000);
  });

  test('each image is a 1200×630 PNG', () => {
    for (const { card, png } of images) {
      expect(png.subarray(1, 4).toString('ascii'), card.path).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], card.path).toEqual([1200, 630]);
    }
  });

  test('the e-book\'s cover is the home card upright: a 1200×1800 PNG, a larger title, every line within it', async () => {
    const { card, layout, png } = await siteCover();
    expect(card.path).toBe('og/index');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([coverSize.width, coverSize.height]);
    const shared = images.find((image) => image.card.path === card.path)!;
    const titleSize = (boxes: typeof layout.boxes) => Math.max(...boxes.map((box) => box.fontSize));
    expect(titleSize(layout.boxes)).toBeGreaterThan(titleSize(shared.layout.boxes));
    expect(layout.boxes.map((box) => box.text).join('')).toContain(readEssay().edition.title.slice(0, 6));
    for (const box of layout.boxes) {
      const measure = box.weight === 700 ? measures.bold : measures.regular;
      expect(measure(box.text, box.fontSize), box.text).toBeLessThanOrEqual(box.width + 0.5);
      expect(box.x + box.width, box.text).toBeLessThanOrEqual(coverSize.width - 72);
      expect(box.y + box.lineHeight, box.text).toBeLessThanOrEqual(coverSize.height - 72 + 1);
    }
  }, 60_000);

  test('a claim\'s card carries its type, title, quote and section', () => {
    const claim = readEssay().claims.find((candidate) => candidate.id === 'hardware-drives-progress')!;
    const card = images.find((image) => image.card.path === 'og/claims/hardware-drives-progress')!;
    const drawn = card.layout.boxes.map((box) => box.text);
    expect(drawn).toContain('预测 Prediction');
    // The title, in as many lines as it took.
    expect(drawn.filter((text) => claim.title.includes(text) && text.length > 1).join('')).toBe(claim.title);
    expect(drawn.some((text) => text.startsWith('“直觉告诉我'))).toBe(true);
    expect(drawn.at(-1)).toBe('第 2 节 · 什么是软件能做，而硬件做不到的？');
  });
});
