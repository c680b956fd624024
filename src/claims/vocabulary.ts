/**
 * The closed sets of the annotation model, declared once as data. Everything else (the zod
 * schema, labels in the pages, search filters, the exports) reads them from here.
 */

export interface Term {
  /** Simplified Chinese label shown to readers. */
  zh: string;
  /** English label, shown beside the Chinese and indexed so English searches work. */
  en: string;
  /** One line: what belongs in this set. */
  definition: string;
}

/** What kind of statement a claim is. */
export const claimTypes = {
  thesis: { zh: '论点', en: 'Thesis', definition: '作者的核心主张，文章的论证围绕它展开。' },
  observation: { zh: '观察', en: 'Observation', definition: '作者对现状的描述或亲身经验，可以被核对。' },
  prediction: { zh: '预测', en: 'Prediction', definition: '关于未来会怎样的判断。' },
  critique: { zh: '批评', en: 'Critique', definition: '指出某种做法、制度或观点的缺陷。' },
  recommendation: { zh: '建议', en: 'Recommendation', definition: '作者认为读者应当怎么做。' },
  process: { zh: '流程', en: 'Process', definition: '一系列步骤：某项工作实际上可以归结成的做法。' },
  example: { zh: '例证', en: 'Example', definition: '用来支撑另一个主张的具体事例、人物或系统。' },
  question: { zh: '问题', en: 'Question', definition: '作者提出、留待回答或用来引出论证的问题。' },
} as const satisfies Record<string, Term>;

/** What a claim is about. A claim has one or more. */
export const topics = {
  'research-purpose': { zh: '研究的意义', en: 'Purpose of research', definition: '机器学习研究究竟产出什么、为谁而做。' },
  theory: { zh: '理论与保证', en: 'Theory and guarantees', definition: '数学理论、理论保证及其与实践的距离。' },
  reproducibility: { zh: '可复现性', en: 'Reproducibility', definition: '论文结果能否被他人复现、验证。' },
  'hardware-vs-software': { zh: '硬件与软件', en: 'Hardware vs software', definition: '进步来自算力还是来自算法与软件。' },
  automl: { zh: '自动化机器学习', en: 'AutoML', definition: '自动化机器学习及其所自动化的日常工作。' },
  benchmarks: { zh: '基准与竞赛', en: 'Benchmarks and competitions', definition: '基准测试、排行榜与竞赛。' },
  'state-of-the-art': { zh: '最先进水平', en: 'State of the art', definition: 'SOTA 结果的意义，以及谁在乎它。' },
  'industry-practice': { zh: '产业实践', en: 'Industry practice', definition: '企业与组织实际如何使用机器学习。' },
  'research-culture': { zh: '研究文化', en: 'Research culture', definition: '论文、引用、资历与激励构成的学术生态。' },
  'future-directions': { zh: '未来方向', en: 'Future directions', definition: '这个领域接下来会走向哪里。' },
} as const satisfies Record<string, Term>;

/** How one claim bears on another. */
export const relationTypes = {
  supports: { zh: '支持', en: 'Supports', definition: '为目标主张提供理由或证据。' },
  contradicts: { zh: '矛盾', en: 'Contradicts', definition: '与目标主张相冲突或构成张力。' },
  elaborates: { zh: '展开', en: 'Elaborates', definition: '对目标主张做进一步的说明或细化。' },
  'example-of': { zh: '例证', en: 'Example of', definition: '是目标主张的一个具体例子。' },
} as const satisfies Record<string, Term>;

export type ClaimType = keyof typeof claimTypes;
export type Topic = keyof typeof topics;
export type RelationType = keyof typeof relationTypes;

export const claimTypeIds = Object.keys(claimTypes) as [ClaimType, ...ClaimType[]];
export const topicIds = Object.keys(topics) as [Topic, ...Topic[]];
export const relationTypeIds = Object.keys(relationTypes) as [RelationType, ...RelationType[]];
