import type { EntityType, RelationType } from '../types.ts';
import { roleAtEnd, roleAtStart, roleRow } from '../recognize/role-words.ts';
import { orgSuffixType } from '../recognize/org-suffixes.ts';

// Former, acting and new holders of a role hold it for our purposes (原董事长, 前任行长, 新任总裁).
const TENSE = /^(?:原|前|前任|现任|新任|时任|首任|代理|署理|常务|执行|第一)/;
// An honorary title (荣誉主编, 名誉会长) is no post at the head of the organisation.
const HONORARY = /(?:荣誉|名誉)$/;

const EMPLOYERS: EntityType[] = ['Company', 'Organization', 'GovernmentBody', 'MediaOutlet', 'PoliticalParty', 'Location'];
// Between an organisation and a person: 的? + optional tense marker + role chain (董事局主席兼首席执行官).
// X的金融研究部门的副主管Y: a department with its own 的 may stand between (the department is no entity).
// 国务院主管经济事务的助理国务卿Y: so may the field the person is in charge of.
const ORG_ROLE_PERSON = /^(?:的)?(?:[\u4e00-\u9fffA-Za-z]{1,10}?(?:部门|团队|小组|业务部|分部)的|(?:主管|负责|分管)[\u4e00-\u9fff]{1,8}?(?:事务|业务|工作)的)?([\u4e00-\u9fffA-Za-z、]{1,20})$/;
const STATE_HEADS = new Set(['总统', '总理', '首相', '国家主席', '主席', '国王', '女王', '元首', '领导人', '最高领导人', '行政长官', '特首', '市长', '省长', '州长']);
const APPOSITION_OPEN = /^[（(，,]$/;
// 王滨2012年3月起，任X董事长: one earlier clause (a time, not speech) may stand before the copula.
// 张一鸣辞去字节跳动CEO职务: leaving a role says the person held it.
// (时任 is a marker of the title that follows, not a copula; the earlier clause is a time: 王滨2012年3月起，任…, not
// 与X关系密切，是…的股东.)
const PERSON_IS_ROLE = /^(?:(?:[^。；;！？“”"「」]{0,20}?(?:\d|年|月|日|起|后|前|时|间|来|初|底))?[，,])?[^，,。；;：:！？]{0,14}?(?:是|为|担任|出任|(?<!时)任|作为|身为|现任|曾任|兼任|升任|接任|辞去|卸任|辞任)$/;
const SPEECH = /说|表示|称|指出|认为|透露/;
// 杨明生在X任副主席: at the organisation, then the role.
const PERSON_AT = /^[^，,。；;：:！？]{0,14}?(?:在|于)$/;
const TAKES_ROLE = /^(?:担任|出任|任职|任)/;
// 担任X共同主席的鲁比奥: the role, then 的, then its holder.
const HOLDS_BEFORE = /(?:担任|出任|现任|曾任|任|作为|身为)$/;

interface RoleFact {
  /** More relations the chain of titles gives (创办人兼首席执行长 → FOUNDED beside LEADS): the caller adds them. */
  also?: RelationType[];
  type: RelationType;
  subject: { key: string };
  object: { key: string };
  rule: string;
  trigger: string;
  confidence: number;
}

/**
 * 阿里巴巴董事局主席马云 → LEADS; 大纪元记者林燕 → WORKS_FOR; 华为创始人任正非 → FOUNDED;
 * 马云是阿里巴巴的董事局主席 → LEADS. Roles come from the role word lists, never from names.
 */
export function roleRelation(
  a: { key: string; type: EntityType },
  b: { key: string; type: EntityType },
  gap: string,
  after: string,
  before = '',
): RoleFact | undefined {
  // 中国人民银行任命易纲为行长: the organisation appoints the person to a role.
  if (EMPLOYERS.includes(a.type) && a.type !== 'Location' && b.type === 'Person' && APPOINTS.test(gap)) {
    const m = APPOINTED_AS.exec(after);
    const kind = m ? chainKind(m[1]!.replace(/的$/, ''), a.type) : undefined;
    if (kind) return { ...kind, subject: b, object: a, trigger: gap + m![0], rule: kind.rule + '-appointed' };
    return undefined;
  }
  if (EMPLOYERS.includes(a.type) && b.type === 'Person' && NAME_THEN_TITLE.test(gap)) return titleAfterName(a, b, gap, after);
  if (EMPLOYERS.includes(a.type) && b.type === 'Person') {
    const m = ORG_ROLE_PERSON.exec(HOLDS_BEFORE.test(before) ? gap.replace(TRAILING_DE, '') : gap);
    if (!m) return undefined;
    // 台湾联合国协进会理事长X, 中共食品药品检定研究院副院长Y: the title belongs to an organisation the text names
    // after A (one the recognisers missed), not to A — unless it is a department of A (中央民族大学成人教育学院).
    // 清华大学教授、中国半导体行业协会副理事长X: the titles before the one that names another unit are A's.
    const chain = ownTitles(m[1]!, a.type);
    if (!chain) return undefined;
    const kind = chainKind(chain, a.type);
    if (!kind) return undefined;
    // A place only has heads of state or government (美国总统特朗普), not employees or ministers.
    if (a.type === 'Location' && !STATE_HEADS.has(withoutTense(m[1]!))) return undefined;
    return { ...kind, subject: b, object: a, trigger: chain === m[1] ? gap : gap.slice(0, gap.indexOf(chain) + chain.length) };
  }
  // 戴德梁行公司（DTZ）的董事: a Latin gloss after the organisation is part of its name.
  after = after.replace(AFTER_GLOSS, '');
  const at = PERSON_AT.test(gap) && TAKES_ROLE.test(after);
  if (at) after = after.replace(TAKES_ROLE, '');
  // 被邓小平点名调任国务院副总理: the person after 被 acts on another, who takes the post.
  if (a.type === 'Person' && /被$/.test(before)) return undefined;
  if (a.type === 'Person' && EMPLOYERS.includes(b.type) && b.type !== 'Location' && ((PERSON_IS_ROLE.test(gap) && !SPEECH.test(gap)) || APPOSITION_OPEN.test(gap) || at)) {
    // 张勇（阿里巴巴首席执行官）, 李彦宏，百度董事长，: in apposition the role must close the aside.
    const m = APPOSITION_OPEN.test(gap) ? /^(?:的)?([\u4e00-\u9fffA-Z]{1,10})(?=[）)，,])/.exec(after) : /^(?:的)?([\u4e00-\u9fffA-Z]{1,10})/.exec(after);
    if (!m) return undefined;
    // 任X党委副书记、校长: a list of the organisation's own posts after the copula; the head among them wins.
    const listed = APPOSITION_OPEN.test(gap) ? undefined : ownPostList(after.slice(m[0].length), m[1]!, b.type);
    if (listed) return { ...listed.kind, subject: a, object: b, trigger: gap + m[0] + listed.tail, rule: listed.kind.rule + '-copula' };
    for (let len = m[1]!.length; len >= 2; len--) {
      const kind = chainKind(m[1]!.slice(0, len), b.type);
      if (kind) return { ...kind, subject: a, object: b, trigger: gap + m[0].slice(0, len + (m[0].startsWith('的') ? 1 : 0)), rule: kind.rule + (APPOSITION_OPEN.test(gap) ? '-apposition' : '-copula') };
    }
  }
  return undefined;
}

// A further post in a list (、董事长, 、党委书记, 、副校长): a bare title, with at most a party or deputy mark before it —
// a longer qualifier may name another organisation (、腾讯董事).
const LISTED_POST = /^、((?:党委|党组)?(?:常务)?副?[\u4e00-\u9fffA-Z]{1,6}?)(?=[，,。；;、）)]|$)/;
const POST_MARK = /^(?:党委|党组)?(?:常务)?副?$/;

/** 党委副书记、校长 after the copula: the first title and bare titles listed after it by 、, as one chain. */
function ownPostList(rest: string, first: string, orgType: EntityType): { kind: Kind; tail: string } | undefined {
  if (!roleAtEnd(first) || !rest.startsWith('、')) return undefined;
  let chain = first;
  let tail = '';
  for (let m = LISTED_POST.exec(rest); m; m = LISTED_POST.exec(rest)) {
    const role = roleAtEnd(m[1]!);
    if (!role || !POST_MARK.test(m[1]!.slice(0, m[1]!.length - role.length))) break;
    chain += '、' + m[1]!;
    tail += m[0];
    rest = rest.slice(m[0].length);
  }
  if (!tail) return undefined;
  const kind = chainKind(chain, orgType);
  return kind ? { kind, tail } : undefined;
}

// 美国川普总统, 阿里巴巴的马云董事长: the organisation, the person, then the title (a marker of tense or deputy may
// open it); nothing but 的 between the organisation and the person.
const NAME_THEN_TITLE = /^的?$/;
const TITLE_MARK = /^(?:前任|现任|时任|新任|原|前)?副?/;
// (总统府, 主席团, 董事长室: a word that starts with the title is a place or a body, not the title.)
const NOT_TITLE_END = /^[府团室办处级]/;

function titleAfterName(a: { key: string; type: EntityType }, b: { key: string; type: EntityType }, gap: string, after: string): RoleFact | undefined {
  const mark = TITLE_MARK.exec(after)![0];
  const role = roleAtStart(after.slice(mark.length));
  if (!role || NOT_TITLE_END.test(after.slice(mark.length + role.length))) return undefined;
  // A place has only heads of state or government (美国川普总统, 中国习近平主席), not employees or ministers.
  if (a.type === 'Location' && (!STATE_HEADS.has(role) || mark.endsWith('副'))) return undefined;
  const kind = chainKind(mark + role);
  if (!kind) return undefined;
  return { ...kind, subject: b, object: a, trigger: gap + mark + role, rule: kind.rule + '-after-name' };
}

const APPOINTS = /^[^，,。；;！？]{0,6}?(?:任命|委任|提名|聘任|聘请|选举|推选|宣布)(?:了)?$/;
const APPOINTED_AS = /^(?:为|担任|出任|接任)(?:新任|新一任|首任)?([\u4e00-\u9fffA-Z]{2,10}?)(?=[，,。；;！？]|$|之职|一职|职务)/;
const VERB_IN_UNIT = /指(?!挥|导|数|定|南)|支持|发布|声明|表示|宣布|批评|会见|会晤|指出|认为|要求|呼吁|访问|出席|邀请|感谢|祝贺|反对|谴责|称赞|赞扬|任命|提名|说|称/;
const AFTER_GLOSS = /^[（(][A-Za-z0-9&.,' -]{1,40}[)）]/;
// 朝鲜方面的负责人: the side a person speaks for is part of the unit, not a clause.
const SIDE = /^方面的?/;
const SIDE_OF = /方面的$/;
const TRAILING_DE = /的$/;
// 参议院友台小组主席, 友华主席: a friendship group of the body is a unit of it.
const SUB_UNIT_HEAD = /(?:友[台华中日美韩港藏](?:小组)?|团队|小组|项目组?|课题组|研究组|实验室|部门|分部|[建科经计发改外侨]委|分公司|分行|支行|办事处|代表处|地区|大中华区|中国区|亚太区|亚洲区|上海|北京|香港|深圳|广州)$/;
// 食品药品检定研究院副 + 院长: the markers between a unit's name and the title.
const UNIT_TAIL = /(?:的|副|原|前|代理|署理|常务|荣誉|名誉)+$/;
const BARE_ENDING = /^(?:公司|集团|有限公司|股份有限公司|集团公司|控股|银行)$/;
const DEPARTMENT = /^(?:学院|研究所|研究中心|中心|系|司|处|部|局|办公室|分行|分公司|分校|办事处|代表处|委员会)$/;
const UNIT_PREFIX = /^[\u4e00-\u9fff]{1,12}?(?:司|处|局|部|研究所|学院|学系|系|中心|办公室|实验室|事业部|事业群)的?(?=[\u4e00-\u9fff]{0,6}$)/;

/**
 * The part of a chain of titles that belongs to the organisation before it: all of it, or the titles before the
 * first one that names another organisation (台湾联合国协进会理事长X: the recognisers missed that one, and the
 * title is its own, not A's) — unless that is a department of A (中央民族大学成人教育学院院长).
 */
function ownTitles(chain: string, type: EntityType): string | undefined {
  const parts = chain.split(/(?<=[、兼])/);
  let own = '';
  for (const part of parts) {
    const bare = part.replace(/[、兼]$/, '');
    const role = roleAtEnd(bare);
    const unit = role ? bare.slice(0, bare.length - role.length).replace(TENSE_HEAD, '').replace(UNIT_TAIL, '') : '';
    // IMF发布声明支持总统马克理: a clause between them, not a unit of the organisation.
    if (VERB_IN_UNIT.test(unit)) return undefined;
    const named = orgSuffixType('#' + unit, true);
    // (A bare ending, 美光科技公司首席执行官, is A's own.)
    if (named && !BARE_ENDING.test(unit) && (type === 'PoliticalParty' || !DEPARTMENT.test(named.suffix))) break;
    own += part;
  }
  own = own.replace(/[、兼]$/, '');
  return own && roleAtEnd(own) ? own : undefined;
}

const TENSE_HEAD = /^(?:现任|时任|前任|原任)/;

/** The role without its tense marker (原董事长 → 董事长) — unless the marker is part of the title (执行长). */
function withoutTense(part: string): string {
  const stripped = part.replace(TENSE, '').replace(SIDE, '');
  return stripped === part || roleAtEnd(stripped) ? stripped : part.replace(SIDE, '');
}

/** 副行政总裁及中介机构部执行董事: two roles joined by 及/和 when the first ends on a role word. */
function splitAfterRole(part: string): string[] {
  for (let at = part.search(/[及和]/); at > 0; at = part.indexOf('及', at + 1) > 0 ? part.indexOf('及', at + 1) : part.indexOf('和', at + 1)) {
    if (roleAtEnd(part.slice(0, at))) return [part.slice(0, at), ...splitAfterRole(part.slice(at + 1))];
  }
  return [part];
}

type Kind = { type: RelationType; rule: string; confidence: number; also?: RelationType[] };

// The rule and confidence for each relation a title gives; the order is the order of precedence in a chain
// (董事长兼总裁 → LEADS; 实际控制人兼董事长 → LEADS, and CONTROLS beside it).
const KINDS: ReadonlyArray<readonly [RelationType, string, number]> = [
  ['LEADS', 'leads-role', 0.85],
  ['WORKS_FOR', 'works-for-role', 0.8],
  ['CONTROLS', 'controls-role', 0.85],
  ['INVESTS_IN', 'invests-role', 0.75],
  ['FOUNDED', 'founded-role', 0.85],
];

/**
 * The relations implied by a role or a chain of roles joined by 兼 or 、 (head wins over staff), held in an
 * organisation of type `orgType` when known (the role table's staffOf and memberOf read it).
 */
export function chainKind(chain: string, orgType?: EntityType): Kind | undefined {
  const parts = chain.split(/兼|、/).flatMap(splitAfterRole).map(withoutTense);
  const types = new Set<RelationType>();
  for (const p of parts) {
    const t = partRelation(p, orgType);
    if (!t) return undefined;
    // (工党外务发言人兼参议员X: the party's spokesman, and a member of it in the senate.)
    if (t !== 'member') types.add(t);
  }
  if (types.has('LEADS')) types.delete('WORKS_FOR');
  const [first, ...rest] = KINDS.filter(([t]) => types.has(t));
  if (!first) return undefined;
  const also = rest.map(([t]) => t);
  return { type: first[0], rule: first[1], confidence: first[2], ...(also.length ? { also } : {}) };
}

/** The relation one title gives, or 'member' when it only says the holder belongs to the organisation. */
function partRelation(p: string, orgType?: EntityType): RelationType | 'member' | undefined {
  // A role may carry its field or unit in front (非洲债务问题专家, 投资教授, 北美业务主管).
  const role = roleAtEnd(p);
  const row = role ? roleRow(role) : undefined;
  if (!role || !row) return undefined;
  // A named unit of the organisation (药品化妆品监管司的, 中国与亚太区域研究所) may stand before the role.
  const qualifier = p.slice(0, p.length - role.length).replace(SIDE_OF, '');
  const field = qualifier.replace(UNIT_PREFIX, '');
  if (field.length > 10 || qualifier.length > 16 || /[的是在说与]/.test(field)) return undefined;
  if (orgType && row.memberOf?.includes(orgType)) return 'member';
  if (row.relation !== 'LEADS') return row.relation;
  if (orgType && row.staffOf?.includes(orgType)) return 'WORKS_FOR';
  // A deputy (副司长, 副行长) or an honorary title (荣誉主编) is staff, not the head.
  if (qualifier.endsWith('副') || HONORARY.test(qualifier)) return 'WORKS_FOR';
  // 纽约大学团队负责人, 阿里巴巴上海总经理, 吉林市政府建委主任: the head of a team, region or office within it.
  if (SUB_UNIT_HEAD.test(qualifier)) return 'WORKS_FOR';
  // 朝鲜方面的负责人 heads that side of the organisation: the side is no qualifier of the role. A head title with a
  // longer qualifier heads a unit, not the organisation (北美业务主管).
  if (p.length === role.length || SIDE_OF.test(p.slice(0, p.length - role.length))) return 'LEADS';
  return p.length - role.length > 2 ? 'WORKS_FOR' : 'LEADS';
}
