import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROUTE_THRESHOLD, detectLocale, evaluateRouter, route, type FeatureId, type LabelledQuery, type Tier } from '../../../src/core/router';
import { foldText } from '../../../src/core/text-fold';

const SAMPLE_PATH = new URL('../../../content/router/queries.json', import.meta.url);
const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as LabelledQuery[];

/** Lowest accuracy on the shipped sample before the test fails; the measured value is printed. */
const ACCURACY_FLOOR = 0.85;

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

describe('route: tier and the features that decided it', () => {
  it.each<[string, string, Tier, FeatureId[]]>([
    ['mixed vi/en', 'so sánh provisioned throughput và on-demand', 'large', ['reasoning']],
    ['unaccented vi', 'so sanh provisioned throughput va on-demand', 'large', ['reasoning']],
    ['upper-case vi', 'SO SÁNH PROVISIONED THROUGHPUT VÀ ON-DEMAND', 'large', ['reasoning']],
    ['vi look-up', 'Giờ mở cửa chi nhánh Quận 3 là mấy giờ?', 'small', ['lookup']],
    ['unaccented look-up', 'gio mo cua chi nhanh quan 3 la may gio', 'small', ['lookup']],
    ['vi greeting', 'Xin chào!', 'small', ['greeting']],
    ['en thanks', 'Thanks, that fixed it.', 'small', ['greeting']],
    ['vi classification', "Phân loại email sau: 'Tôi muốn đổi địa chỉ giao hàng'", 'small', ['classify']],
    ['en code request', 'Write a Python function that parses ISO dates', 'large', ['code-request']],
    ['vi code request', 'Viết hàm TypeScript tính phí vận chuyển theo cân nặng', 'large', ['code-request']],
    ['pasted trace', 'Here is the error:\n```\nTypeError: x is undefined\n```', 'large', ['code-artifact']],
    ['three questions', 'Why did the deploy fail? What changed on Monday? Who approved it?', 'large', ['reasoning', 'multi-part']],
    ['constraints', 'Đề xuất kiến trúc chatbot nội bộ, bắt buộc dữ liệu nằm trong VPC và trả lời dưới 2 giây', 'large', ['reasoning', 'constraints']],
    ['short explain', 'Why was my card declined?', 'small', ['reasoning']],
    ['quoted greeting', 'Translate "thank you for waiting" into Vietnamese', 'small', ['translate']],
    ['no cue', 'Does the premium plan include phone support?', 'small', []],
  ])('%s: %j -> %s', (_case, query, tier, ids) => {
    const decision = route(query);
    expect(decision.tier).toBe(tier);
    expect(decision.features.map((f) => f.id).sort()).toEqual([...ids].sort());
  });

  it('sends a short summary to the small model and a long one to the large model', () => {
    const short = route("Tóm tắt đoạn sau: 'Cuộc họp dời sang thứ Sáu.'");
    const long = route(`Tóm tắt đoạn sau: '${words(95, 'nội dung')}'`);
    expect([short.tier, short.task]).toEqual(['small', 'summarization']);
    expect([long.tier, long.task]).toEqual(['large', 'summarization']);
    expect(long.features.map((f) => f.id)).toEqual(['length', 'summarize']);
  });

  it('keeps a long but simple extraction on the small model', () => {
    const decision = route(`Extract the order number from: '${words(80, 'text')} #A1029'`);
    expect(decision.tier).toBe('small');
    expect(decision.task).toBe('extraction');
  });

  it('cuts the evidence from the text as typed', () => {
    const [accented] = route('Hãy SO SÁNH hai gói cước').features;
    const [plain] = route('hay so sanh hai goi cuoc').features;
    expect(accented?.evidence).toEqual(['SO SÁNH']);
    expect(plain?.evidence).toEqual(['so sanh']);
  });

  it.each([
    ['so sánh provisioned throughput và on-demand', 'reasoning'],
    ['Viết hàm Python đọc file CSV', 'code'],
    ["Trích xuất số điện thoại từ: '0912 345 678'", 'extraction'],
    ['Dịch sang tiếng Anh: "hết hàng"', 'translation'],
    ['cam on shop nha', 'chit-chat'],
    ['Why was my card declined?', 'lookup'],
  ])('names the task of %j: %s', (query, task) => {
    expect(route(query).task).toBe(task);
  });

  it('adds the weights up to the score and compares it with the threshold', () => {
    for (const { text } of sample) {
      const d = route(text);
      expect(d.score).toBe(d.features.reduce((sum, f) => sum + f.weight, 0));
      expect(d.threshold).toBe(ROUTE_THRESHOLD);
      expect(d.tier).toBe(d.score >= d.threshold ? 'large' : 'small');
      expect(d.features.map((f) => f.weight)).toEqual(d.features.map((f) => f.weight).sort((a, b) => b - a));
      expect(d.features.every((f) => f.weight !== 0 && f.evidence.length > 0)).toBe(true);
    }
  });

  it('routes an empty query to the small model', () => {
    expect(route('')).toMatchObject({ tier: 'small', score: 0, features: [], task: 'lookup' });
  });

  // No timing (this runs on busy machines): a pattern that backtracked on long input would hang past the test's timeout.
  it('routes a 20,000-character paste', () => {
    const paste = `Tóm tắt: ${'SELECT dữ liệu (x) và so sánh? '.repeat(650)}`;
    expect(route(paste).tier).toBe('large');
  });
});

describe('route: determinism', () => {
  it('gives the same decision for the same text, in any order', () => {
    const first = sample.map((q) => route(q.text));
    const reversed = [...sample]
      .reverse()
      .map((q) => route(q.text))
      .reverse();
    expect(reversed).toEqual(first);
  });

  it('gives the same tier for a query typed with or without accents', () => {
    for (const q of sample.filter((s) => s.lang === 'vi')) {
      expect(route(foldText(q.text), 'vi').tier, q.id).toBe(route(q.text, 'vi').tier);
    }
  });
});

describe('language', () => {
  it.each([
    ['Giải thích cold start của Lambda', 'vi'],
    ['cho minh hoi gio mo cua chi nhanh', 'vi'],
    ['so sánh provisioned throughput và on-demand', 'vi'],
    ['What are your opening hours?', 'en'],
    ["Detect the language of: 'Cảm ơn bạn đã liên hệ'", 'en'],
    ["Dịch sang tiếng Anh: 'Thank you for your order'", 'vi'],
  ])('detects %j as %s', (text, locale) => {
    expect(detectLocale(text)).toBe(locale);
    expect(route(text).locale).toBe(locale);
  });

  it('uses the locale given, which sets the length bands', () => {
    const text = words(40, 'word');
    const lengthWeight = (locale: 'vi' | 'en') => route(text, locale).features.find((f) => f.id === 'length')?.weight;
    expect(lengthWeight('en')).toBe(1);
    expect(lengthWeight('vi')).toBe(0.5);
  });
});

describe('evaluateRouter', () => {
  const tiny: LabelledQuery[] = [
    { id: 't1', text: 'Xin chào', lang: 'vi', label: 'small', task: 'chit-chat' },
    { id: 't2', text: 'Giờ mở cửa là mấy giờ?', lang: 'vi', label: 'small', task: 'lookup' },
    { id: 't3', text: 'so sánh Haiku và Sonnet cho chatbot', lang: 'vi', label: 'large', task: 'reasoning' },
    { id: 't4', text: 'Compare the prices of the two phones', lang: 'en', label: 'small', task: 'lookup' },
    { id: 't5', text: 'Which of these clauses is unenforceable?', lang: 'en', label: 'large', task: 'reasoning' },
  ];

  it('counts the confusion matrix as [label][predicted]', () => {
    const result = evaluateRouter(tiny);
    expect(result.total).toBe(5);
    expect(result.confusion).toEqual({ small: { small: 2, large: 1 }, large: { small: 1, large: 1 } });
    expect(result.smallShare).toBe(3 / 5);
    expect(result.accuracy).toBe(3 / 5);
    expect(result.misses.map((m) => [m.id, m.label, m.decision.tier])).toEqual([
      ['t4', 'small', 'large'],
      ['t5', 'large', 'small'],
    ]);
  });

  it('refuses an empty sample, naming the field', () => {
    expect(() => evaluateRouter([])).toThrow(/^sample: 0 queries/);
  });
});

describe('the shipped sample, content/router/queries.json', () => {
  it('is well formed: unique ids, known labels, tasks and languages', () => {
    const ids = sample.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tasks = new Set(['classification', 'extraction', 'translation', 'writing', 'summarization', 'lookup', 'reasoning', 'code', 'chit-chat']);
    for (const q of sample) {
      expect(q.id).toMatch(/^q\d{3}$/);
      expect(q.text.trim().length, q.id).toBeGreaterThan(0);
      expect(q.text, q.id).toBe(q.text.normalize('NFC'));
      expect(['small', 'large']).toContain(q.label);
      expect(['vi', 'en']).toContain(q.lang);
      expect(tasks.has(q.task), `${q.id} task ${q.task}`).toBe(true);
    }
  });

  it('has at least 120 queries, about half Vietnamese (some without accents) and mostly small', () => {
    const vi = sample.filter((q) => q.lang === 'vi');
    const unaccented = vi.filter((q) => foldText(q.text) === q.text.toLowerCase());
    const small = sample.filter((q) => q.label === 'small');
    expect(sample.length).toBeGreaterThanOrEqual(120);
    expect(vi.length / sample.length).toBeGreaterThan(0.4);
    expect(vi.length / sample.length).toBeLessThan(0.6);
    expect(unaccented.length).toBeGreaterThanOrEqual(5);
    expect(small.length / sample.length).toBeGreaterThanOrEqual(0.55);
    expect(small.length / sample.length).toBeLessThanOrEqual(0.7);
  });

  it(`routes at least ${ACCURACY_FLOOR * 100}% correctly, and every miss is a documented hard case`, () => {
    const result = evaluateRouter(sample);
    console.info(
      `router on ${result.total} labelled queries: accuracy ${result.accuracy.toFixed(3)}, ` +
        `small share ${result.smallShare.toFixed(3)}, confusion ${JSON.stringify(result.confusion)}`,
    );
    expect(result.accuracy).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
    const undocumented = result.misses.filter((m) => !sample.find((q) => q.id === m.id)?.note);
    expect(undocumented.map((m) => m.id)).toEqual([]);
  });

  it('detects the language of at least 95% of the queries', () => {
    const agreeing = sample.filter((q) => route(q.text).locale === q.lang).length;
    expect(agreeing / sample.length).toBeGreaterThanOrEqual(0.95);
  });
});
