/**
 * Folds text for search: Unicode compatibility forms unified, combining marks removed (Vietnamese tones and
 * circumflexes, Thai vowel and tone marks), đ/Đ mapped to d (it is a letter, not a mark, so NFD keeps it),
 * lower-cased, whitespace collapsed. "Công ty Cổ phần Đầu tư" and "cong ty co phan dau tu" fold to the same text.
 */
export function foldText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
