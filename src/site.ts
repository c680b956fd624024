/** Site-wide facts and URL helpers, shared by the pages and the tests. */

export const siteName = '七个真相 · 批注版';
export const siteDescription =
  '《做了 5 年机器学习研究，我发现了这 7 个真相》的批注版：按节阅读全文，按类型与主题检索文中的论断，并为每个论断提供可引用的稳定链接。';

/** Joins the deployment base (`/` or `/sub/path/`) and a site path such as `automl/`. */
export function withBase(base: string, path = ''): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

export const sectionPath = (slug: string) => `${slug}/`;
export const claimPath = (id: string) => `claims/${id}/`;
export const mapPath = 'map/';
export const sectionMapPath = (slug: string) => `map/${slug}/`;
export const topicPath = (topic: string) => `topics/${topic}/`;
export const typePath = (type: string) => `types/${type}/`;
