/**
 * rehype plugin: gives every paragraph, list and list item of a section a stable id (`p3`,
 * `p5-2` for the second item of the list `p5`) and a self-link, so a reader can link to any
 * paragraph without JavaScript (hast → hast).
 *
 * Ids count the essay's blocks in order, so they change only if the essay's own paragraphs do;
 * claim wrappers do not shift them. The link's visible "¶" is CSS generated content, keeping the
 * page text equal to the essay's words.
 */
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

function selfLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['self-link'], href: `#${id}`, ariaLabel: label },
    children: [],
  };
}

export interface BlockAnchorOptions {
  /** The visible ¶ links; an e-book, whose reader cites by its own means, keeps the ids only. */
  selfLinks?: boolean;
}

export function rehypeBlockAnchors({ selfLinks = true }: BlockAnchorOptions = {}) {
  return (tree: Root) => {
    let block = 0;
    visit(tree, 'element', (node) => {
      if (node.tagName === 'p') {
        block++;
        node.properties.id = `p${block}`;
        if (selfLinks) node.children.push(selfLink(`p${block}`, `链接到第 ${block} 段`));
        return SKIP;
      }
      if (node.tagName === 'ol' || node.tagName === 'ul') {
        block++;
        node.properties.id = `p${block}`;
        let item = 0;
        for (const child of node.children) {
          if (child.type !== 'element' || child.tagName !== 'li') continue;
          item++;
          const id = `p${block}-${item}`;
          child.properties.id = id;
          if (selfLinks) child.children.push(selfLink(id, `链接到第 ${block} 段第 ${item} 项`));
        }
        return SKIP;
      }
      return undefined;
    });
  };
}
