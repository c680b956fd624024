/**
 * The English essay the Chinese text translates, and exactly what of it the editor read: every
 * reading marked “据英文原文” rests on the paragraphs below, which the about page prints (short
 * quotation for commentary, attributed) so a reader can trace each one.
 */
export const original = {
  author: 'George Hosu',
  title: 'Takeaways From 3 Years Working In Machine Learning',
  url: 'https://cerebralab.com/Takeaways%20From%203%20Years%20Working%20In%20Machine%20Learning',
  /** GreaterWrong mirrors LessWrong; the cross-post is read there, and named as a mirror. */
  lessWrongMirror: 'https://www.greaterwrong.com/posts/mX7srfsaej7SaNRdG/takeaways-from-3-years-working-in-machine-learning',
} as const;

/**
 * The copies read. Neither is an archive snapshot: both are a search service's stored copies of
 * the live pages, with no capture date, each returned as its first ~2,000 characters only. No
 * snapshot in a web archive could be found, so none is cited.
 */
export const copiesRead = [
  { id: 'A', name: '作者博客 cerebralab.com', url: original.url, accessed: '2026-12-05', endsAt: 'might build impressive conceptual machine' },
  { id: 'B', name: 'GreaterWrong 上的 LessWrong 转帖', url: original.lessWrongMirror, accessed: '2026-12-05', endsAt: 'languageless primate tribes that we co' },
] as const;

export type CopyId = (typeof copiesRead)[number]['id'];

/** The English read, paragraph by paragraph, verbatim, with the copies each was read in. */
export const paragraphsRead: readonly { id: string; place: string; text: string; copies: readonly CopyId[]; cut?: boolean }[] = [
  { id: 'en-intro-1', place: '引言第 1 段', copies: ['A', 'B'], text: 'After 3 years working on automl at Mindsdb, I quit; I won’t be working on anything ml-related in a professional capacity, at least for a short while.' },
  { id: 'en-intro-2', place: '引言第 2 段', copies: ['A', 'B'], text: 'I am in the uncanny valley of finally understanding what I don’t know, and maybe even having a feel for what nobody knows.' },
  { id: 'en-intro-3', place: '引言第 3 段', copies: ['A', 'B'], text: 'I might as well write a summary of my takeaways, in hopes of them being useful to someone, or maybe just as a ritualistic gesture of moving on, a conceptual-space funeral.' },
  { id: 'en-intro-4', place: '引言第 4 段', copies: ['A', 'B'], text: 'Please don’t take this as an “expert summary”, there are dozens of thousands of people more suited than myself for doing that. Instead, think of it as a piece of outsider art, takeaways from someone that took an unusually deep dive into the zeitgeist without becoming part of “the community”.' },
  { id: 'en-i-heading', place: '第一节小标题', copies: ['A'], text: 'i - What Is The Role Of Research?' },
  { id: 'en-i-1', place: '第一节第 1 段', copies: ['A', 'B'], text: 'The role of research into machine learning is, half a decade after first pondering it, still a mystery to me.' },
  { id: 'en-i-2', place: '第一节第 2 段', copies: ['A', 'B'], text: 'Most scientific sub-fields (the real ones) can claim they are a dual process of theory-building and data-gathering. Even if the standard model ends up being replaced, the data leading to its replacement will include the same set of experimental observations that lead to it being built. Even if the way we conceptualize the structure of DNA and the idea of genetics changes to better fit many-tissued eukaryotes, the observations these new concepts will have to fit shall remain unchanged.' },
  { id: 'en-i-3', place: '第一节第 3 段（截断）', copies: ['A', 'B'], cut: true, text: 'In more theoretical areas, such as those revolving around the terms mathematics and computer science, the gains are at an almost purely-conceptual level, but they hold fast because the concepts are so foundational they seem unlikely to be replaced. Some alien species living inside deep space that we could barely understand as “life”, or some space-faring empire or languageless primate tribes that we could barely classify as “humans” might build impressive conceptual machine' },
];
