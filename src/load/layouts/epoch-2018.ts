import { splitMirrorPage } from '../split-mirror-page.ts';
import type { Layout } from './layout.ts';
import { parseEpochPage } from './parse-epoch-page.ts';

/** Epoch Times pages of the 2018 mirror: plain <a href> tag links, `原文链接：http://www.epochtimes.com/…`. */
export const epoch2018: Layout = {
  name: 'epoch-2018',
  matches(text) {
    const page = splitMirrorPage(text);
    return page !== undefined && (/epochtimes\.com/.test(page.url ?? '') || /【大纪元[^】]{0,20}讯】/.test(page.body));
  },
  parse(text, source) {
    const page = splitMirrorPage(text);
    if (!page) throw new Error(`epoch2018: ${source}: not a mirror page`);
    return parseEpochPage(page);
  },
};
