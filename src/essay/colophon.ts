/**
 * Who is responsible for the edition and what rights hold in it: one text, printed by the about
 * page and by the e-book's colophon, so the two never say different things.
 */
import { original } from './original.ts';

/** The editor: a group, not a person, named so wherever the edition names its editor. */
export const editorName = '本站编辑组';

export const responsibility = [
  { role: '作者', text: `${original.author}，英文原文的作者。` },
  { role: '译者', text: '中文转载稿没有署名，编者没有找到。' },
  { role: '中文底本', text: '阿里云的转载稿，只署“06-01”；编者没有找到它的网址和年份，也没有找到更早的中文来源。' },
  {
    role: '编者',
    text: `${editorName}（不具个人署名），对本版的内容负责，并答复读者的纠错。编者负责分节、论断的选取、分类与命名、批注、关联、关键词与来源，以及本站的代码和数据；编者不是作者，也不是译者。批注里编者的判断写在“编者按”和“译文”两部分，不写进批注正文；哪一句算判断，由编者逐条斟酌，构建只能检查字面的标记。`,
  },
] as const;

export const rights =
  '英文原文的版权属于作者，中文译文的权利属于译者和首发方。本版全文收录中文转载稿，是为了逐句评注、检索和引用；编者没有找到转载稿的许可说明，也没有取得权利人的授权。权利人如不同意全文收录，本版可以改为只保留论断所引的字句。';

/** The licence of what the editor added (claims, titles, notes, relations, keywords, data). */
export const editorLicence = { name: '知识共享 署名 4.0 国际许可协议（CC BY 4.0）', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' } as const;
