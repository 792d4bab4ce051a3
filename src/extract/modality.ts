import type { Modality } from '../types.ts';

const NEGATED = /否认|尚未|并未|从未|未曾|未能|没有|并非|不会|不再|拒绝|停止|放弃|作罢|未(?=[\u4e00-\u9fff])(?!来|知|成年|经)/;
const HEDGED = /可能|拟|考虑|或将|或许|也许|计划|打算|有望|有意|寻求|传出|传闻|据传|预计|恐将|将会|是否/;
const REPORTED = /据[^，。；]{1,24}?(?:称|报导|报道|透露|消息|说|表示|指出)|报导称|报道称|报导说|报道说|消息人士|知情人士|据悉|据报|引述|援引|消息称|报导|报道/;

/**
 * The modality of a fact from its sentence: negation between subject and object (or just before it),
 * hedging before the object, reporting anywhere in the sentence. Negated > hedged > reported > asserted.
 */
export function modality(sentence: string, from: number, to: number): Modality {
  const core = sentence.slice(Math.max(0, from - 4), to);
  if (NEGATED.test(core)) return 'negated';
  if (HEDGED.test(sentence.slice(0, to))) return 'hedged';
  if (REPORTED.test(sentence)) return 'reported';
  return 'asserted';
}

/** The cue that decided the modality, for evidence. */
export function modalityCue(sentence: string, m: Modality, from: number, to: number): string | undefined {
  const re = m === 'negated' ? NEGATED : m === 'hedged' ? HEDGED : m === 'reported' ? REPORTED : undefined;
  if (!re) return undefined;
  const scope = m === 'negated' ? sentence.slice(Math.max(0, from - 4), to) : m === 'hedged' ? sentence.slice(0, to) : sentence;
  return re.exec(scope)?.[0];
}
