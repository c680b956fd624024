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
  thesis: { zh: '论点', en: 'Thesis', definition: '作者的主张或评价性判断：需要理由支撑，不能只对照事实核对。' },
  observation: { zh: '观察', en: 'Observation', definition: '作者对现状的描述、分类或亲身经验：原则上可以对照事实核对。评价性的判断归“论点”。' },
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
  automl: { zh: 'AutoML', en: 'Automated machine learning', definition: 'AutoML（自动化机器学习）及其所自动化的日常工作。' },
  benchmarks: { zh: '基准与竞赛', en: 'Benchmarks and competitions', definition: '基准测试、排行榜与竞赛。' },
  'state-of-the-art': { zh: 'SOTA', en: 'State of the art', definition: 'SOTA（最先进水平）结果的意义，以及谁在乎它。' },
  'industry-practice': { zh: '产业实践', en: 'Industry practice', definition: '企业与组织实际如何使用机器学习。' },
  'research-culture': { zh: '研究文化', en: 'Research culture', definition: '论文、引用、资历与激励构成的学术生态。' },
  'future-directions': { zh: '未来方向', en: 'Future directions', definition: '这个领域接下来会走向哪里。' },
} as const satisfies Record<string, Term>;

/** A relation type: its label, and how it reads from the other end. */
export interface RelationTerm extends Term {
  /** The direction convention: which claim states the relation, which one it names. */
  convention: string;
  /** Seen from the target: the stated claim, named in the target's terms. */
  inverse: { id: string; zh: string; en: string };
}

/**
 * How one claim bears on another. A relation is written on its source claim and names its
 * target; `supports`, `example-of`, `elaborates` and `answers` point from the particular to
 * what it bears on, so the essay's spine runs along the arrows to its conclusions.
 */
export const relationTypes = {
  supports: {
    zh: '支持', en: 'Supports', definition: '为目标主张提供理由或证据。',
    convention: '写在理由一方，指向它所支撑的结论。',
    inverse: { id: 'supported-by', zh: '支持本论断', en: 'Supported by' },
  },
  'example-of': {
    // Not 例证: that names the claim type, and a legend shows both.
    zh: '例示', en: 'Example of', definition: '是目标主张的一个具体例子。',
    convention: '写在具体事例一方，指向它所说明的一般主张。',
    inverse: { id: 'has-example', zh: '例示本论断', en: 'Has example' },
  },
  elaborates: {
    zh: '展开', en: 'Elaborates', definition: '对目标主张做进一步的说明、细化或推进，包括把一个问题改写成更好回答的问题。',
    convention: '写在细化的一方，指向更概括的那一条。',
    inverse: { id: 'elaborated-by', zh: '展开本论断', en: 'Elaborated by' },
  },
  answers: {
    zh: '回答', en: 'Answers', definition: '对目标问题给出回答或部分回答。',
    convention: '写在回答一方，目标必须是“问题”类论断。',
    inverse: { id: 'answered-by', zh: '回答本问题', en: 'Answered by' },
  },
  qualifies: {
    zh: '限定', en: 'Qualifies', definition: '承认目标主张的一部分，同时为它划出界限、例外或让步。',
    convention: '写在让步或例外的一方，指向被限定的主张；目标不能是问题（改写问题用“展开”）。',
    inverse: { id: 'qualified-by', zh: '限定本论断', en: 'Qualified by' },
  },
  contradicts: {
    zh: '矛盾', en: 'Contradicts', definition: '与目标主张相冲突或构成张力。',
    convention: '写在文中后出现的一方，指向它所冲击的先出现的论断。',
    inverse: { id: 'contradicted-by', zh: '与本论断矛盾', en: 'Contradicted by' },
  },
} as const satisfies Record<string, RelationTerm>;

/**
 * The parts of a claim's commentary, each in one voice. The pages print each part's label, so
 * whose words a sentence is can be seen, and the build refuses a part written in another's voice.
 */
export const noteParts = {
  note: { zh: '批注', en: 'Note', definition: '原文这里说了什么、在论证中起什么作用：按原文的意思转述，不加评判。' },
  editor_note: { zh: '编者按', en: "Editor's judgement", definition: '编者的判断：解读、评价、补充的背景与来源，不是作者的话。' },
  translation: { zh: '译文', en: 'Translation', definition: '中文译文与英文原文的出入，或含混译文的读法；每条注明是否对照过英文原文。' },
} as const satisfies Record<string, Term>;

/** Whether a reading of the translation was checked against the English original. */
export const originalChecks = {
  checked: { zh: '据英文原文', en: 'Checked against the original', definition: '编者读到了英文原文的这一处。' },
  unchecked: { zh: '英文原文未能核对', en: 'Original not checked', definition: '编者没能读到英文原文的这一处，读法是推测。' },
} as const satisfies Record<string, Term>;

/**
 * One term for each thing the essay names in two ways, as a reader expects of a glossary. The
 * edition's own words (titles, notes) use `term`; the translation's words stay as they are when
 * quoted (inside “…”), and keywords keep every variant for search. A variant elsewhere stops the
 * build (`glossary`).
 */
export const glossary = [
  { term: 'AutoML', en: 'automated machine learning', zh: '自动化机器学习', variants: ['自动化机器学习', '自动机器学习'], definition: '把建模流程中的步骤（数据清洗、特征、选模型、调参）交给程序自动完成。' },
  { term: 'SOTA', en: 'state of the art', zh: '最先进水平', variants: ['最先进水平', '最新水平', '最先进的水平'], definition: '某项基准上目前最好的成绩。' },
] as const;

/**
 * The first variant the edition's own words use where the glossary has a term, if any. Quoted
 * words (“…”) are the translation's and stay; so does a gloss right after the term, AutoML（…）.
 */
export function glossaryVariant(text: string): { found: string; term: string } | undefined {
  for (const { term, variants } of glossary) {
    const own = text.replace(/“[^”]*”/g, '').replaceAll(new RegExp(`${term}（[^）]*）`, 'g'), term);
    const found = variants.find((variant) => own.includes(variant));
    if (found) return { found, term };
  }
  return undefined;
}

/** Who draws a relation: the essay's own words, or the editor's reading of them. */
export const relationAuthors = {
  essay: { zh: '原文', en: 'Essay', definition: '原文明说或直接蕴含的关联。' },
  editor: { zh: '编者', en: 'Editor', definition: '编者的解读：原文没有点明，但文字支持的关联或张力。' },
} as const satisfies Record<string, Term>;

/** Said beside a relation that holds under one reading of an ambiguous passage only (`reading`). */
export const oneReadingLabel = '仅在一种读法下';
/** The same, where a map has room for one character: the ring its lines start at. */
export const oneReadingMark = '○';

export type ClaimType = keyof typeof claimTypes;
export type Topic = keyof typeof topics;
export type RelationType = keyof typeof relationTypes;
export type RelationAuthor = keyof typeof relationAuthors;
export type OriginalCheck = keyof typeof originalChecks;

export const claimTypeIds = Object.keys(claimTypes) as [ClaimType, ...ClaimType[]];
export const topicIds = Object.keys(topics) as [Topic, ...Topic[]];
export const relationTypeIds = Object.keys(relationTypes) as [RelationType, ...RelationType[]];
export const relationAuthorIds = Object.keys(relationAuthors) as [RelationAuthor, ...RelationAuthor[]];
export const originalCheckIds = Object.keys(originalChecks) as [OriginalCheck, ...OriginalCheck[]];
