import { splitMirrorPage } from '../split-mirror-page.ts';
import type { Layout } from './layout.ts';
import { parseEpochPage } from './parse-epoch-page.ts';

/** The 2020–2021 mirror: `### title`, `---`, a `#### [首页](…)` nav line, <ok href> links, `原文链接（需翻墙）：` footer. */
export const mirror2021: Layout = {
  name: 'mirror-2021',
  matches(text) {
    if (!text.startsWith('#') && !/^\s*#/.test(text)) return false;
    return /^#{1,6}[ \t]+\[首页\]/m.test(text) || text.includes('<ok href') || text.includes('原文链接（需翻墙）') || text.includes('原文地址（需翻墙');
  },
  parse(text, source) {
    const page = splitMirrorPage(text);
    if (!page) throw new Error(`mirror2021: ${source}: not a mirror page`);
    return parseEpochPage(page);
  },
};
