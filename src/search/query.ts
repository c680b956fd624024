/**
 * What a query asks for, read the same way in the browser and in tests: the reader's words, and
 * whether a text holds them.
 *
 * A query (its first 200 characters) is split at spaces into parts, each kept as typed (messages
 * quote them); a phrase in quotes is one part, held only as written. A part a text holds as
 * written is held; otherwise it is held when the text holds every one of its words: the Chinese
 * runs cut by `Intl.Segmenter`, function words left out, and a one-character word kept with the
 * word before it (数据|集 → 数据集, p|值 → p值). A single character alone is held only where the
 * text has it as a word of its own, never inside a longer word (学 is not 学习). English function
 * words (the, of, is …) are not searched at all; other English words match by their stems.
 */
// The English list alone: the package's index pulls in all 62 languages.
import { eng } from 'stopword/src/stopwords_eng.js';
import porter2 from 'wink-porter2-stemmer';

const han = /\p{Script=Han}/u;
const hanOnly = /^\p{Script=Han}+$/u;
const latinWord = /[\p{Script=Latin}\d]+(?:[.'’][\p{Script=Latin}\d]+)*/gu;
export const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** stopword's English list, and the contractions and question words it lacks. */
const englishStopWords = new Set([...eng, ...("why will shall does doesn't don't didn't isn't aren't wasn't hasn't haven't won't can't cannot not any whether just yet what's that's it's there's who's how's where's let's i'm i've i'd you're we're they're").split(' ')]);
/**
 * Chinese function characters: particles, pronouns, prepositions, negations, localizers. Not a
 * general list (those drop 分, 多, 年, words that mean something in this essay).
 */
const chineseStopCharacters = new Set('的地得了着过是在和与及或也都就而之吗呢吧啊嘛呀哦有会要能什么怎这那哪个些我你他她它们咱谁啥咋把被让给对从向于为以很还又才已将其该此每各不没只上下里中'.split(''));
/** Conjunctions, pronouns and question words the segmenter keeps whole. */
const chineseStopWords = new Set('如果 因为 所以 但是 然后 或者 而且 并且 虽然 已经 大家 自己 一样 这样 那样 为啥 怎样 如何 是否 可以 应该 能否 到底 究竟'.split(' '));
/** A Chinese word made only of function characters (什么, 我们, 还是), or a function word (如果), says nothing to search for. */
export const isChineseStopWord = (word: string) => chineseStopWords.has(word) || [...word].every((character) => chineseStopCharacters.has(character));
/** Characters that end a word (数据集, 解释性, p值, 1000倍): one of them after a word is joined to it. */
const wordEndings = new Set('集性化率度量值倍者家式型器论界类员师法'.split(''));
const isEnglishStopWord = (word: string) => englishStopWords.has(word.toLowerCase());

export interface QueryWord {
  text: string;
  /** Its Chinese words of two or more characters (数据 of 数据集), or itself for a Latin word. */
  pieces: string[];
}

export interface QueryPart {
  /** As the reader typed it, case kept, without enclosing quotes: what messages quote. */
  text: string;
  /** Typed in quotes ("硬件", “数据 清洗”): held only as written, never word by word. */
  exact: boolean;
  /** Whether the part is one Latin word (or number), matched as a whole word, not as a string. */
  latin: boolean;
  /**
   * The words a text must all hold when it does not hold the part as written. A text holding
   * only a piece of a word holds part of it; one holding only a single character, none of it.
   */
  words: QueryWord[];
}

/** Lowercased, without spaces: how a Chinese part and a text are compared (`1000 倍`, `1000倍`). */
export const squeeze = (text: string) => text.toLowerCase().replace(/\s+/g, '');

function readPart(typed: string, exact = false): QueryPart | undefined {
  // Punctuation at a part's edges (an unclosed quote, a question mark) is not what it asks for.
  const text = typed.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
  if (!text) return undefined;
  if (!han.test(text)) {
    const words = (text.match(latinWord) ?? []).filter((word) => !isEnglishStopWord(word) && (word.length > 1 || /\d/.test(word)));
    if (words.length === 0) return undefined;
    // One Latin word (hardware, 0.1) is matched as a word; more (state-of-the-art) as words.
    return { text, exact, latin: words.length === 1 && !exact, words: [...new Set(words)].map((word) => ({ text: word, pieces: [word] })) };
  }
  const words: QueryWord[] = [];
  // Single characters in a row, and whether a word stood right before them.
  let run = '';
  let afterWord = false;
  const endRun = () => {
    const last = words.at(-1);
    // A word ending after a word is part of it (数据|集, 解释|性, p|值); several characters make
    // a word of their own (模|块|化), held in part by its two-character pieces.
    if (run.length === 1 && afterWord && last && wordEndings.has(run)) last.text += run;
    else if (run.length > 0) words.push({ text: run, pieces: run.length > 2 ? Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2)) : [] });
    run = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const chinese = hanOnly.test(segment);
    if (!isWordLike || (chinese ? isChineseStopWord(segment) : isEnglishStopWord(segment))) {
      endRun();
      afterWord = false;
      continue;
    }
    if (chinese && segment.length === 1) {
      if (run === '') afterWord = words.length > 0 && afterWord;
      run += segment;
      continue;
    }
    endRun();
    words.push({ text: segment, pieces: segment.length > 1 ? [segment] : [] });
    afterWord = true;
  }
  endRun();
  // A lone letter nothing joined (the p of a bare p) is not a word a reader searches for.
  const kept = words.filter((word) => word.text.length > 1 || han.test(word.text) || /\d/.test(word.text));
  if (kept.length === 0) return undefined;
  return { text, exact, latin: false, words: kept };
}

/** The longest query read, in characters: the rest is not searched, and the boxes say so. */
export const maxQueryLength = 200;

/** A phrase in straight, curly or corner quotes, or a run without spaces. */
const quotedOrPlain = /["“”「『]([^"“”「」『』]*)["“”」』]?|[^\s"“”「」『』]+/gu;
/** A word ending alone after a Latin word or number, as in `p 值`, `1000 倍`: the reader's space, not a second word. */
const endsPrevious = (token: string, previous: string) => [...token].length === 1 && wordEndings.has(token) && /[\p{Script=Latin}\d]$/u.test(previous);

/** The reader's query as parts; repeated parts once, and nothing past `maxQueryLength`. */
export function readQuery(q: string): QueryPart[] {
  const tokens: { text: string; exact: boolean }[] = [];
  for (const match of q.slice(0, maxQueryLength).matchAll(quotedOrPlain)) {
    const exact = match[1] !== undefined;
    const text = (match[1] ?? match[0]).trim();
    const previous = tokens.at(-1);
    if (!text) continue;
    if (!exact && previous && !previous.exact && endsPrevious(text, previous.text)) previous.text += text;
    else tokens.push({ text, exact });
  }
  const seen = new Set<string>();
  const parts: QueryPart[] = [];
  for (const token of tokens) {
    const part = readPart(token.text, token.exact);
    const key = `${part?.exact ? '"' : ''}${squeeze(part?.text ?? '')}`;
    if (!part || seen.has(key)) continue;
    seen.add(key);
    parts.push(part);
  }
  return parts;
}

/** A part of one Chinese character alone (学, 值): held only where a text has it as a word of its own. */
export const loneCharacter = (part: QueryPart) => (part.words.length === 1 && !part.exact && [...part.words[0]!.text].length === 1 && han.test(part.words[0]!.text) ? part.words[0]!.text : undefined);

/** A number, which alone is no reason to show a claim (the 1 of `alert(1)`, the 3 of GPT-3). */
export const isNumber = (word: string) => /^\d[\d.]*$/u.test(word);

/**
 * A text with a space between its words, as the index should see a Chinese title: Pagefind's
 * own segmentation of Chinese sometimes cuts across words (结论易于复现 did not find 复现).
 */
export const spacedWords = (text: string) => [...segmenter.segment(text)].map(({ segment }) => segment.trim()).filter(Boolean).join(' ');

/**
 * A Latin word's Porter2 stem, so that benchmarks, benchmarking and benchmark, or productize and
 * product, are one word; an abbreviation's plural is the abbreviation (GPUs → gpu), which Porter2
 * leaves alone.
 */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) stems.set(word, (stemmed = (/^\p{Lu}{2,}s$/u.test(word) ? word.slice(0, -1) : porter2(word)).toLowerCase()));
  return stemmed;
}
/** Each word's stem, found once: the index repeats its words many times over. */
const stems = new Map<string, string>();

/** A text as search compares it: squeezed for Chinese, its Latin words for English. */
export interface Searchable {
  /** Lowercased, as written: where quoted phrases and lone characters are looked for. */
  lower: string;
  squeezed: string;
  latin: ReadonlySet<string>;
  /** The stems of its Latin words of three letters or more (benchmarks, benchmarking → benchmark). */
  stems: ReadonlySet<string>;
}

/**
 * Abbreviations the essay and its readers use for the same thing: a text holding either form
 * holds both (a reader's "machine learning" finds ML, 机器学习 finds "ML").
 */
const abbreviations: Record<string, string[]> = {
  ml: ['machine learning', '机器学习'],
  // Readers say AI where the essay says machine learning.
  ai: ['artificial intelligence', '人工智能', 'machine learning', '机器学习'],
  sota: ['state of the art', 'state-of-the-art', '最先进'],
  mt: ['machine translation', '机器翻译'],
  nlp: ['natural language processing', '自然语言处理'],
};

/** Words to mark, with the other forms of any abbreviation among them (sota → SOTA, state of the art …). */
export function withAbbreviations(marks: readonly string[]): string[] {
  const lower = new Set(marks.map((mark) => mark.toLowerCase()));
  const extra = Object.entries(abbreviations)
    .filter(([short, long]) => lower.has(short) || long.some((form) => lower.has(form) || form.split(/[\s-]+/).every((word) => lower.has(word) || isEnglishStopWord(word))))
    .flatMap(([short, long]) => [short, ...long]);
  return [...new Set([...marks, ...extra])];
}

export function searchable(text: string): Searchable {
  const lower = text.toLowerCase();
  // As written, for the stems: GPUs is an abbreviation's plural, gpus would not be.
  const words = (text.match(latinWord) ?? []).map((word) => word.replace(/’/g, "'"));
  const latin = new Set(words.map((word) => word.toLowerCase()));
  let squeezed = squeeze(text);
  for (const [short, long] of Object.entries(abbreviations)) {
    if (long.some((form) => lower.includes(form))) latin.add(short);
    else if (!latin.has(short)) continue;
    for (const form of long) {
      if (han.test(form)) squeezed += `\n${form}`;
      else for (const word of form.split(/[\s-]+/)) latin.add(word);
    }
  }
  // Found on first use: a Chinese query never needs them, and a page prepares every field's.
  let stemmed: Set<string> | undefined;
  return {
    lower,
    squeezed,
    latin,
    get stems() {
      return (stemmed ??= new Set([...words, ...latin].filter((word) => word.length >= 3).map(stem)));
    },
  };
}

/** A Chinese character that is neither a function character nor part of a function word. */
const inWordsOnly = (character: string | undefined) => character !== undefined && hanOnly.test(character) && !chineseStopCharacters.has(character) && !functionWordCharacters.has(character);
const functionWordCharacters = new Set([...chineseStopWords].join(''));

/** Whether each text holds a lone character as a word, found once per text and character. */
const lonesHeld = new WeakMap<Searchable, Map<string, boolean>>();
/** The context the segmenter sees around each place a lone character occurs. */
const loneWindow = 6;

/**
 * Whether the character at `at` of `text` is a word of its own: the segmenter makes it one word,
 * and no Chinese word stands right beside it, only punctuation, a Latin word, a number or a
 * function word (p值, 1000倍, 值 的; not 价值, 物理|学 or 调|参). The search and the excerpts'
 * marks both ask this, so what is found is what is marked.
 */
export function standsAlone(text: string, at: number): boolean {
  // Beside a character no function word holds (硬|件), it is part of a word or next to one: no
  // need to ask the segmenter, which is most of the cost on a word's first keystroke.
  if (inWordsOnly(text[at - 1]) || inWordsOnly(text[at + 1])) return false;
  const start = Math.max(0, at - loneWindow);
  const segments = [...segmenter.segment(text.slice(start, at + loneWindow + 1))];
  const index = segments.findIndex((each) => each.index === at - start);
  const chineseWord = (each: Intl.SegmentData | undefined) => each !== undefined && hanOnly.test(each.segment) && !isChineseStopWord(each.segment);
  return segments[index]?.segment.length === 1 && !chineseWord(segments[index - 1]) && !chineseWord(segments[index + 1]);
}

/**
 * Whether a text has `character` as a word of its own somewhere (`standsAlone`). Only the few
 * places it occurs are segmented, so the first search for a character costs a few milliseconds,
 * not the whole index's.
 */
export function holdsLone(character: string, text: Searchable): boolean {
  let known = lonesHeld.get(text);
  if (!known) lonesHeld.set(text, (known = new Map()));
  let held = known.get(character);
  if (held !== undefined) return held;
  held = false;
  for (let at = text.lower.indexOf(character); at >= 0 && !held; at = text.lower.indexOf(character, at + 1)) held = standsAlone(text.lower, at);
  known.set(character, held);
  return held;
}

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each quoted Latin phrase's pattern, made once: it is tested against every field on every keystroke. */
const phrasePatterns = new Map<string, RegExp>();

/** Whether a text holds a quoted phrase as written, spaces aside; a Latin phrase at word boundaries. */
function holdsExact(phrase: string, text: Searchable): boolean {
  if (han.test(phrase)) return text.squeezed.includes(squeeze(phrase));
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean).map(escapeRegExp);
    phrasePatterns.set(phrase, (pattern = new RegExp(`(?<![\\p{L}\\d])${words.join('[\\s-]*')}(?![\\p{L}\\d])`, 'u')));
  }
  return pattern.test(text.lower);
}

/**
 * Whether a Latin word is one of the text's words: the same word, the word being typed (three
 * letters or more of its start, for the query's last word), or the same word with an English
 * ending (benchmark, benchmarks; compute, computing).
 */
function holdsLatin(word: string, text: Searchable, typing: boolean): boolean {
  const lower = word.toLowerCase();
  if (text.latin.has(lower)) return true;
  if (lower.length >= 3 && text.stems.has(stem(word))) return true;
  if (!typing || lower.length < 3) return false;
  for (const candidate of text.latin) if (candidate.startsWith(lower)) return true;
  return false;
}

/** Whether the text holds a word of a query: Latin words whole, anything else as written. */
export const holdsWord = (word: string, text: Searchable, typing = false) =>
  !han.test(word) && /^[\p{Script=Latin}\d.'’]+$/u.test(word) ? holdsLatin(word, text, typing) : text.squeezed.includes(squeeze(word));

/** How a text holds a part: as written, through all its words, or not (`typing`: the query's last part). */
export function holdsPart(part: QueryPart, text: Searchable, typing = false): 'as written' | 'by words' | false {
  if (part.exact) return holdsExact(part.text, text) && 'as written';
  const lone = loneCharacter(part);
  if (lone) return holdsLone(lone, text) && 'as written';
  if (part.latin ? holdsLatin(part.words[0]!.text, text, typing) : text.squeezed.includes(squeeze(part.text))) return 'as written';
  return part.words.length > 1 && part.words.every((word, index) => holdsWord(word.text, text, typing && index === part.words.length - 1)) ? 'by words' : false;
}
