import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/text-fold';

const VIETNAMESE_LETTERS = [
  ...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ',
  ...'AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ',
  ...'bcghklmnpqrstvx ',
];

describe('foldText', () => {
  it.each([
    ['Thách thức đặc thù', 'thach thuc dac thu'],
    ['Đ', 'd'],
    ['đ', 'd'],
    ['DỰ ĐOÁN ĐƯỢC', 'du doan duoc'],
    ['Tiếng Việt có dấu', 'tieng viet co dau'],
    ['ẮẰẲẴẶ ắằẳẵặ', 'aaaaa aaaaa'],
    ['ƠỜỚỞỠỢ ƯỪỨỬỮỰ', 'oooooo uuuuuu'],
    ['Quý khách vui lòng', 'quy khach vui long'],
    ['so sánh provisioned throughput và on-demand', 'so sanh provisioned throughput va on-demand'],
    ['Provisioned Throughput', 'provisioned throughput'],
    ['café, naïve, Ñandú', 'cafe, naive, nandu'],
    ['', ''],
    ['123 $49.50 #A10293', '123 $49.50 #a10293'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('folds decomposed (NFD) input like the composed form', () => {
    const decomposed = 'Thách thức đặc thù'.normalize('NFD');
    expect(decomposed).not.toBe('Thách thức đặc thù');
    expect(foldText(decomposed)).toBe('thach thuc dac thu');
  });

  it.each([
    'Thách thức đặc thù của LLM deployment',
    'DỰ ĐOÁN ĐƯỢC',
    'Giảm 60-80% chi phí cho workloads có nhiều simple queries',
    'Khi nào chọn Provisioned Throughput?',
    'Ưu điểm và nhược điểm'.normalize('NFD'),
    'emoji 👍 giữa câu',
    '\u0301 dấu đứng một mình',
    'İstanbul 한국어 Straße ẞ',
  ])('keeps the NFC length of %j', (s) => {
    expect(foldText(s).length).toBe(s.normalize('NFC').length);
  });

  it('keeps the NFC length of any string, so match indices point into the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => foldText(s).length === s.normalize('NFC').length));
  });

  it('maps a match in the folded text back to the words as typed', () => {
    const text = 'Hãy SO SÁNH hai mô hình';
    const at = foldText(text).indexOf('so sanh');
    expect(text.normalize('NFC').slice(at, at + 'so sanh'.length)).toBe('SO SÁNH');
  });

  it('leaves only a-z and spaces for Vietnamese words, and folding twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...VIETNAMESE_LETTERS) }), (s) => {
        const folded = foldText(s);
        return /^[a-z ]*$/.test(folded) && foldText(folded) === folded;
      }),
    );
  });
});
