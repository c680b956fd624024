/**
 * The English essay the Chinese text translates. Read by the editor from its opening only (the
 * introduction and the start of section i), on the author's blog and on GreaterWrong, a mirror of
 * the LessWrong cross-post; neither copy shows a date.
 */
export const original = {
  author: 'George Hosu',
  title: 'Takeaways From 3 Years Working In Machine Learning',
  url: 'https://cerebralab.com/Takeaways%20From%203%20Years%20Working%20In%20Machine%20Learning',
  /** GreaterWrong mirrors LessWrong; the cross-post is read there, and named as a mirror. */
  lessWrongMirror: 'https://www.greaterwrong.com/posts/mX7srfsaej7SaNRdG/takeaways-from-3-years-working-in-machine-learning',
} as const;
