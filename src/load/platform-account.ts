import type { CheerioAPI } from 'cheerio';
import { elementText } from './element-text.ts';
import { outletFromName } from './find-outlet.ts';

/**
 * Platforms of accounts publish pages that accounts wrote: the account (a newspaper's, a blogger's) is the page's
 * publisher, not the platform. Each row is where one platform's pages print the account; the markup is the
 * platform's own, so a row fires only on its pages. Tests: tests/unit/load/platform-account.test.ts.
 */
export interface AccountMarkup {
  id: string;
  /** The platform as the outlet table names it. */
  platform: string;
  /** Elements whose text is the account's name; the first that gives a name wins. */
  selector: string;
}

export const ACCOUNT_MARKUP: readonly AccountMarkup[] = [
  { id: 'wechat', platform: '微信公众平台', selector: '#js_name, .profile_nickname' },
  { id: 'baijiahao', platform: '百家号', selector: '.author-txt .author-name' },
  // An article's header (`<div class="article-sub"><span>中国网</span><span>2019-11-25 10:37</span>`), a gallery's card.
  { id: 'toutiao', platform: '头条号', selector: '.article-box .article-sub > span, .pgc .media-user > span' },
  // 企鹅号 pages on new.qq.com: the author link carries the 企鹅号 badge.
  { id: 'qiehao', platform: '腾讯新闻', selector: 'a.author:has(.qiehao) > div' },
];

/** Not an account's name: a date or time, a label. */
const NOT_ACCOUNT = /^(?:\d|原创|原創|发布|發佈|来源|來源)/;
const MAX_NAME = 30;

/** The account that posted a page of an account platform, as the outlet table names it if it knows it, or undefined. */
export function platformAccount($: CheerioAPI, platform: string | undefined): { account: string; rule: string } | undefined {
  for (const row of ACCOUNT_MARKUP) {
    // A page whose host is known is read only by its platform's row; a page of no known host by any row.
    if (platform !== undefined && platform !== row.platform) continue;
    for (const el of $(row.selector).toArray()) {
      const name = elementText($(el)).replace(/\s+/g, ' ').trim();
      if (name.length < 2 || name.length > MAX_NAME || NOT_ACCOUNT.test(name)) continue;
      return { account: outletFromName(name) ?? name, rule: row.id };
    }
  }
  return undefined;
}
