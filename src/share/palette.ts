/**
 * The site's light palette for the share images, read from the stylesheet that defines it, so
 * the images and the pages cannot drift apart: the page colours from `:root`, each claim type's
 * colour from its `[data-claim-type]` rule. A colour missing from the stylesheet stops the build.
 */
import { claimTypeIds, type ClaimType } from '../claims/vocabulary.ts';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  types: Record<ClaimType, string>;
}

export function parsePalette({ path: stylesheet, text: css }: { path: string; text: string }): Palette {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const variable = (name: string) => {
    const value = new RegExp(`--${name}:\\s*(#[0-9a-f]{3,8})`, 'i').exec(root)?.[1];
    if (!value) throw new Error(`${stylesheet}: no light --${name} colour in :root for the share images`);
    return value;
  };
  const types = Object.fromEntries(
    claimTypeIds.map((type) => {
      const rgb = new RegExp(`\\[data-claim-type="${type}"\\]\\s*\\{\\s*--t:\\s*light-dark\\(rgb\\((\\d+) (\\d+) (\\d+)\\)`).exec(css);
      if (!rgb) throw new Error(`${stylesheet}: no light colour for claim type "${type}" for the share images`);
      return [type, `rgb(${rgb[1]}, ${rgb[2]}, ${rgb[3]})`];
    }),
  ) as Record<ClaimType, string>;
  return { bg: variable('bg'), fg: variable('fg'), muted: variable('muted'), border: variable('border'), types };
}
