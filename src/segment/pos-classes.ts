/**
 * Classes of the segmenter's part-of-speech tags that the recognisers share. jieba tags function words and
 * determiners with p (preposition), c (conjunction), u* (particles), r (pronoun), d (adverb), m/q/mq (numerals and
 * measures), y, e, o (modal, interjection, onomatopoeia): none of them stands inside a name (一家公司, 该公司, 成立了).
 */
export const FUNCTION_WORD_POS: readonly string[] = ['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'd', 'm', 'q', 'mq', 'y', 'e', 'o'];

/** A run of Han characters only (no Latin, digits or punctuation). */
export const HAN_RUN = /^[\u4e00-\u9fff]+$/;
