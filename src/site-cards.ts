/** The share images of this site: the home page, every section, every claim (memoised per build). */
import { readEssay, readFonts, readPaletteStylesheet } from './source.ts';
import { toSections } from './essay/sections.ts';
import { cardPath, claimCard, homeCard, sectionCard, type Card } from './share/cards.ts';
import { parsePalette, type Palette } from './share/palette.ts';
import { renderCards, type RenderedCard } from './share/render-cards.ts';
import { coverSize } from './share/layout-card.ts';

let cards: Card[] | undefined;
let palette: Palette | undefined;
const sitePalette = () => (palette ??= parsePalette(readPaletteStylesheet()));

/** Built once per build: the pages' meta tags, the image routes and the drawing all read them. */
export const siteCards = (): Card[] => (cards ??= buildCards());

function buildCards(): Card[] {
  const { edition, claims } = readEssay();
  const sections = toSections(edition);
  const essayTitle = edition.title;
  const count = (slug: string) => claims.filter((claim) => claim.section === slug).length;
  return [
    homeCard(essayTitle, claims.length, sections.filter((section) => section.order > 0).length, sitePalette()),
    ...sections.map((section) => sectionCard(section, count(section.slug), essayTitle, sitePalette())),
    ...claims.map((claim) => claimCard(claim, sections.find((section) => section.slug === claim.section)!, sitePalette())),
  ];
}

/** A page's share image: its path and alternative text; an unknown path stops the build. */
export function shareImage(path: string): Pick<Card, 'path' | 'alt'> {
  const card = siteCards().find((candidate) => candidate.path === path);
  if (!card) throw new Error(`no share image ${path}: expected one of src/share/cards.ts cardPath`);
  return { path: card.path, alt: card.alt };
}

let rendered: Promise<Map<string, RenderedCard>> | undefined;
export const siteImages = () => (rendered ??= renderCards(siteCards(), sitePalette(), readFonts()).then(({ images }) => new Map(images.map((image) => [image.card.path, image]))));

let cover: Promise<RenderedCard> | undefined;
/** The e-book's cover: the home page's card, drawn upright. */
export const siteCover = () =>
  (cover ??= renderCards([siteCards().find((card) => card.path === cardPath.home)!], sitePalette(), readFonts(), coverSize).then(({ images }) => images[0]!));
