import { describe, expect, it } from 'vitest';
import { foldText } from './fold.ts';

describe('foldText', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(foldText('Công ty Cổ phần Đầu tư  Thương mại')).toBe('cong ty co phan dau tu thuong mai');
  });
  it('folds Thai vowel and tone marks so marked and unmarked spellings meet', () => {
    expect(foldText('บริษัท')).toBe(foldText('บรษท'));
    expect(foldText('ร้านค้า')).toBe('รานคา');
  });
  it('keeps base letters of other scripts and full-width forms', () => {
    expect(foldText('ＡＢＣ Ltd')).toBe('abc ltd');
    expect(foldText('ဗမာ')).not.toBe('');
  });
});
