/**
 * The English essay the Chinese text translates. Confirmed by the editor against the author's
 * blog and the LessWrong cross-post (title, opening, first heading); no date was found.
 */
export const original = {
  author: 'George Hosu',
  title: 'Takeaways From 3 Years Working In Machine Learning',
  url: 'https://cerebralab.com/Takeaways%20From%203%20Years%20Working%20In%20Machine%20Learning',
  lessWrong: 'https://www.greaterwrong.com/posts/mX7srfsaej7SaNRdG/takeaways-from-3-years-working-in-machine-learning',
} as const;
