import type { Modality, RelationType } from '../types.ts';

// 不让/不许 X 收购 Y, 勿投资 Y: a prohibition or advice against is no fact either (不准确 is not 不准).
// 不敢 (dares not) too, and advice against (不要, 不应, 不该); a bare 不 only right before a cue verb of a relation (不禁用华为; 不禁感叹 is no ban).
const NEGATED = /不要|不应该?|不该|否认|尚未|并未|从未|未曾|未能|没有|并非|不会|不再|拒绝|停止|放弃|作罢|不考虑|不打算|不计划|不准备|无意|不让|不许|不准(?!确)|不得|不能|不敢|无法|勿|未(?=[\u4e00-\u9fff])(?!来|知|成年|经)|不(?=禁用|禁止|禁售|制裁|封杀|批准|收购|投资|入股|持有|控股|控制|调查|处罚|限制|合作)/;
// Attempts and plans (试图, 准备, 打算) are not yet facts either. 准备金 (a bank's reserve) is a noun, not a plan;
// 虚拟 (virtual) and 模拟 (simulated) are no 拟 (intends to).
// 如果/一旦/只要 X 收购 Y: a condition (只要求 is a demand, no condition).
// A bare 若 (if) only opens a clause: inside a name (郑若骅, 萧若元) it is no condition.
// A bid (竞购, 加入收购: joining a bid) and a proposal (提案, 提议) are not yet facts; nor what a body 可以 (could) do
// (美国可以制裁X).
// 疑似 (seemingly) hedges. 将/即将 right before a cue verb is a plan (甲骨文将持有X的股份, 立法院将成立Y), not yet a
// fact; 将 before a name is the object marker (将华为列入清单) and says nothing of the kind.
const HEDGED = /只要(?!求)|除非|如果|假如|倘若|若是|(?:^|[，,。；;：:「“（(\s])若(?![干])|要是|万一|一旦|假设|可能|(?<![虚模])拟|考虑|或将|或许|也许|计划|打算|有望|有意|寻求|传出|传闻|据传|预计|恐将|将会|是否|试图|企图|意图|准备(?!金)|谋求|想要|疑似|竞购|竞标|(?:加入|参与)(?=收购|并购)|提案|提议|(?:将(?:要|于近期|会)?|可以)(?=(?:正式|全面|首次|再次|继续|进一步)?(?:持有|收购|并购|入股|投资|注资|增持|控股|成立|设立|创办|组建|推出|发布|上线|制裁|禁用|禁止|封杀|调查|处罚|罚款|限制|取消|关闭|接管|合作|签署))/;
// 收购X遭Y拒绝, 收购X告吹, 收购X股份一事也泡汤: a deal the text says was turned down or fell through after naming it did not happen.
const NEGATED_AFTER = /^[^，,。；;！？]{0,6}?(?:(?:遭到?|被|受到)[^，,。；;！？]{0,8}?(?:拒绝|否决|驳回|阻止|阻挠|叫停)|告吹|破局|未果|流产|泡汤|落空|搁浅|(?:已|被|宣布)终止)/;
// 与X、Y接触，以建立合作网络: what a contact or a step is for (以建立, 为了建立) is not done yet.
const PURPOSE_AFTER = /^[^。；;！？]{0,12}?[，,]?(?:以|为了?|以便)(?:建立|组建|达成|形成|打造)/;
// 美国制裁TikTok的声音, 收购X的传闻: a fact that is the content of a voice, a rumour or a plan is not stated as one.
const HEDGED_CONTENT = /^[^，,。；;：:]{0,6}?的(?:声音|呼声|传言|传闻|谣言|猜测|可能性?|提议|构想|设想|计划|打算|风险|威胁)/;
// A confirmation (X证实) and what a document shows (裁定书显示, 文件显示) are sources too.
const REPORTED = /据[^，。；]{1,24}?(?:称|报导|报道|透露|消息|说|表示|指出)|报导称|报道称|报导说|报道说|消息人士|知情人士|据悉|据报|引述|援引|消息称|报导|报道|披露|证实|(?:文件|裁定书|判决书|起诉书|资料|记录|档案|公告)(?:还|也)?显示/;

/**
 * How far before and after a fact hedging and reporting cues are looked for. Every fact of a sentence is checked, so
 * scanning the whole sentence would cost sentence length × facts; news sentences are shorter than this anyway
 * (at most 414 characters in the 2018 corpus), so within a sentence the window changes nothing.
 */
export const MODALITY_WINDOW = 500;

/** The parts of the sentence each cue is looked for in: negation, hedging, reporting. */
function scopes(sentence: string, from: number, to: number): Record<'negated' | 'hedged' | 'reported', [number, number]> {
  const before = Math.max(0, from - MODALITY_WINDOW);
  return {
    negated: [Math.max(0, from - 4), to],
    hedged: [before, to],
    reported: [before, Math.min(sentence.length, to + MODALITY_WINDOW)],
  };
}

/**
 * The modality of a fact from its sentence: negation between subject and object (or just before it),
 * hedging before the object, reporting anywhere in the sentence (within MODALITY_WINDOW of the fact).
 * Negated > hedged > reported > asserted.
 */
// 出于安全考虑 (for safety reasons): a reason, not a deliberation.
const REASON = /出于[^，,。；;]{0,10}?考[虑量]/g;

// 证监会对X的合并迟迟没有放行, 不予批准: a regulator holding back or refusing its approval is regulating, not failing
// to regulate (only for REGULATES: 没有批准 of anything else is no act).
const WITHHELD = /(?:迟迟|一直|始终|仍然?)(?:没有|未能?|不)(?:予以)?(?:放行|批准|批复|核准)|不予(?:放行|批准|批复|核准)/g;

const QUESTION_CLAUSE = /是否[^，,；;。！？]*[，,；;]/g;

export function modality(sentence: string, from: number, to: number, type?: RelationType): Modality {
  // (The reason is blanked with as many characters, so offsets stay those of the sentence.)
  if (sentence.includes('出于')) sentence = sentence.replace(REASON, (m) => '　'.repeat(m.length));
  if (type === 'REGULATES') sentence = sentence.replace(WITHHELD, (m) => '　'.repeat(m.length));
  // 记者问是否会审查，林郑引述郑若骅指…: a question (是否) hedges its own clause, not the next one.
  if (sentence.includes('是否')) sentence = sentence.replace(QUESTION_CLAUSE, (m, at: number) => (at + m.length <= from ? '　'.repeat(m.length) : m));
  const scope = scopes(sentence, from, to);
  if (NEGATED.test(sentence.slice(...scope.negated)) || NEGATED_AFTER.test(sentence.slice(to, to + 24))) return 'negated';
  if (HEDGED.test(sentence.slice(...scope.hedged)) || HEDGED_CONTENT.test(sentence.slice(to, to + 16)) || PURPOSE_AFTER.test(sentence.slice(to, to + 24)) || underTalks(sentence, from, to)) return 'hedged';
  if (REPORTED.test(sentence.slice(...scope.reported))) return 'reported';
  return 'asserted';
}

// 仍在就并购TikTok与字节跳动谈判: a deal that is the topic of talks (就 … 谈判) is not done.
const TALKS_AFTER = /^[^，,。；;]{0,20}?(?:谈判|磋商|洽谈|商谈|协商)/;
function underTalks(sentence: string, from: number, to: number): boolean {
  return sentence.slice(Math.max(0, from), to).includes('就') && TALKS_AFTER.test(sentence.slice(to, to + 24));
}

/** The cue that decided the modality, for evidence. */
export function modalityCue(sentence: string, m: Modality, from: number, to: number): string | undefined {
  const re = m === 'negated' ? NEGATED : m === 'hedged' ? HEDGED : m === 'reported' ? REPORTED : undefined;
  if (!re) return undefined;
  if (m === 'negated' && !NEGATED.test(sentence.slice(...scopes(sentence, from, to).negated))) return NEGATED_AFTER.exec(sentence.slice(to, to + 24))?.[0];
  if (m === 'hedged' && !HEDGED.test(sentence.slice(...scopes(sentence, from, to).hedged)) && PURPOSE_AFTER.test(sentence.slice(to, to + 24)) && !HEDGED_CONTENT.test(sentence.slice(to, to + 16))) return PURPOSE_AFTER.exec(sentence.slice(to, to + 24))?.[0];
  if (m === 'hedged' && !HEDGED.test(sentence.slice(...scopes(sentence, from, to).hedged))) return HEDGED_CONTENT.exec(sentence.slice(to, to + 16))?.[0] ?? TALKS_AFTER.exec(sentence.slice(to, to + 24))?.[0];
  return re.exec(sentence.slice(...scopes(sentence, from, to)[m as 'negated' | 'hedged' | 'reported']))?.[0];
}

/**
 * The modality of a fact a noun phrase states (蚂蚁集团董事长井贤栋, 马云旗下的蚂蚁集团, 香港《苹果日报》): the writer
 * presupposes it, so the clause's hedge or report (可能调查马云旗下的蚂蚁集团) does not reach it; only a cue inside the
 * phrase itself does (原定的, 拟任).
 */
export function phraseModality(sentence: string, from: number, to: number): Modality {
  const phrase = sentence.slice(from, to);
  if (NEGATED.test(phrase)) return 'negated';
  if (HEDGED.test(phrase)) return 'hedged';
  return 'asserted';
}
