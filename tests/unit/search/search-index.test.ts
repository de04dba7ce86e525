import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../../src/core/text-fold';
import { markSegments } from '../../../src/core/search/highlight';
import {
  buildSearchIndex,
  groupByKind,
  loadSearchIndex,
  matchTier,
  search,
  SEARCH_INDEX_VERSION,
  type LoadedSearchIndex,
  type SearchHit,
  type SearchIndexFile,
} from '../../../src/core/search/search-index';
import { contentIndex } from './content-index';

const files: Partial<Record<'vi' | 'en', SearchIndexFile>> = {};
const indexes: Partial<Record<'vi' | 'en', LoadedSearchIndex>> = {};
beforeAll(async () => {
  for (const lang of ['vi', 'en'] as const) {
    files[lang] = await contentIndex(lang);
    // Through JSON, as the browser gets it.
    indexes[lang] = loadSearchIndex(JSON.parse(JSON.stringify(files[lang])));
  }
});

/** A hit's text with marked runs in brackets: "Thách thức [đặc thù] của LLM deployment". */
const shown = (text: string, ranges: SearchHit['title']) =>
  markSegments(text, ranges)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');
const hitsFor = (lang: 'vi' | 'en', query: string) => search([indexes[lang]!], query);
const firstOfKind = (hits: SearchHit[], kind: string) => hits.find((hit) => hit.document.kind === kind);

describe('ranking on the real content', () => {
  it.each([
    {
      lang: 'vi',
      query: 'dac thu',
      kind: 'lesson',
      url: '/vi/lessons/task-2-2/skill-2-2-2/#thach-thuc-dac-thu-cua-llm-deployment',
      title: 'Thách thức [đặc thù] của LLM deployment',
    },
    { lang: 'vi', query: 'chi phi co dinh', kind: 'lesson', url: '/vi/lessons/task-2-2/skill-2-2-1/#so-sanh-deployment-options', text: '[Chi phí cố định]' },
    {
      lang: 'vi',
      query: 'DU DOAN DUOC',
      kind: 'lesson',
      url: '/vi/lessons/task-2-2/skill-2-2-1/#khi-nao-chon-provisioned-throughput',
      text: 'Traffic ổn định và [dự đoán được]',
    },
    {
      lang: 'vi',
      query: 'khong deu',
      kind: 'lesson',
      url: '/vi/lessons/task-2-2/skill-2-2-1/#khi-nao-chon-on-demand',
      text: 'Traffic [không đều], burst patterns',
    },
    { lang: 'vi', query: 'throtle', kind: 'glossary', url: '/vi/glossary/#throttling', title: '[Throttling] (bị giới hạn tốc độ)' },
    { lang: 'vi', query: 'throtle', kind: 'lesson', url: '/vi/lessons/task-2-2/skill-2-2-1/#so-sanh-deployment-options', text: 'Có thể bị [throttle]' },
    {
      lang: 'vi',
      query: 'provisioned',
      kind: 'lesson',
      url: '/vi/lessons/task-2-2/skill-2-2-1/#khi-nao-chon-provisioned-throughput',
      title: 'Khi nào chọn [Provisioned] Throughput',
    },
    { lang: 'vi', query: 'provisioned', kind: 'glossary', url: '/vi/glossary/#provisioned-throughput', title: '[Provisioned] Throughput (thông lượng dự trữ)' },
    { lang: 'vi', query: 'cold start', kind: 'glossary', url: '/vi/glossary/#cold-start', title: '[Cold start] (khởi động lạnh)' },
    { lang: 'vi', query: 'phase billing', kind: 'glossary', url: '/vi/glossary/#init-phase-billing', title: 'Tính tiền pha INIT (INIT [phase billing])' },
    { lang: 'vi', query: 'đơn vị model', kind: 'glossary', url: '/vi/glossary/#model-unit', title: 'Model unit (MU, [đơn vị model])' },
    {
      lang: 'en',
      query: 'provisioned',
      kind: 'lesson',
      url: '/en/lessons/task-2-2/skill-2-2-1/#khi-nao-chon-provisioned-throughput',
      title: 'When to choose [Provisioned] Throughput',
    },
    { lang: 'en', query: 'fixed cost', kind: 'lesson', url: '/en/lessons/task-2-2/skill-2-2-1/#so-sanh-deployment-options', text: '[Fixed cost]' },
    {
      lang: 'en',
      query: 'quantisation',
      kind: 'lesson',
      url: '/en/lessons/task-2-2/skill-2-2-2/#container-based-deployment-cho-sagemaker',
      text: '[Quantization]',
    },
  ] as const)('$lang "$query": the first $kind is $url', ({ lang, query, kind, url, ...expected }) => {
    const hit = firstOfKind(hitsFor(lang, query), kind);
    expect(hit?.document.url).toBe(url);
    if ('title' in expected) expect(shown(hit!.document.title, hit!.title)).toBe(expected.title);
    if ('text' in expected) expect(shown(hit!.snippet.text, hit!.snippet.ranges)).toContain(expected.text);
  });

  it.each([
    { lang: 'vi', query: 'dac thu', url: '/vi/lessons/task-2-2/skill-2-2-2/#thach-thuc-dac-thu-cua-llm-deployment' },
    { lang: 'vi', query: 'cold start', url: '/vi/glossary/#cold-start' },
    { lang: 'vi', query: 'throtle', url: '/vi/glossary/#throttling' },
    { lang: 'en', query: 'cold start', url: '/en/glossary/#cold-start' },
  ] as const)('$lang "$query": the best hit of all is $url', ({ lang, query, url }) => {
    expect(hitsFor(lang, query)[0]?.document.url).toBe(url);
  });

  it('"provisioned": Provisioned Throughput titles come before passing mentions', () => {
    const hits = hitsFor('vi', 'provisioned');
    const lessons = hits.filter((hit) => hit.document.kind === 'lesson').map((hit) => hit.document.url.split('#')[1]);
    expect(lessons[0]).toBe('khi-nao-chon-provisioned-throughput');
    expect(lessons).toContain('so-sanh-deployment-options');
    expect(hits[0]?.tier).toBe(0);
  });

  it.each([
    { lang: 'vi', query: 'provisoned throughput', url: '/vi/glossary/#provisioned-throughput' },
    { lang: 'vi', query: 'lamda', url: '/vi/glossary/#aws-lambda' },
    { lang: 'en', query: 'quantizaton', url: '/en/glossary/#quantization' },
  ] as const)('$lang "$query" (a typo in a long word): the best hit is $url, found through a spelling of the index', ({ lang, query, url }) => {
    const hits = hitsFor(lang, query);
    expect(hits[0]?.document.url).toBe(url);
    expect(hits[0]?.tier).toBe(4);
  });

  it.each([
    { lang: 'vi', query: 'chi phi co dnh', url: '/vi/lessons/task-2-2/skill-2-2-1/#so-sanh-deployment-options' },
    { lang: 'en', query: 'six month commitment', url: '/en/glossary/#commitment-term' },
  ] as const)('$lang "$query" (no document holds every word): the best partial match is $url', ({ lang, query, url }) => {
    const hits = hitsFor(lang, query);
    expect(hits[0]?.document.url).toBe(url);
    expect(hits.every((hit) => hit.tier === 5)).toBe(true);
  });

  it('a question stem is found and links to the quiz', () => {
    const hit = firstOfKind(hitsFor('vi', 'PoC trong 4 tuần'), 'question');
    expect(hit?.document.url).toBe('/vi/quiz/?q=q221-poc-on-demand');
  });

  it('partial matches are dropped when anything matches better', () => {
    for (const query of ['dac thu', 'chi phi co dinh', 'DU DOAN DUOC', 'provisioned']) {
      expect(
        hitsFor('vi', query).every((hit) => hit.tier < 5),
        query,
      ).toBe(true);
    }
  });

  it('searching both languages merges the hits, each with its language', () => {
    const hits = search([indexes.vi!, indexes.en!], 'fixed cost');
    expect(hits.some((hit) => hit.lang === 'en' && hit.document.url.startsWith('/en/lessons/'))).toBe(true);
    expect(hitsFor('vi', 'fixed cost').every((hit) => hit.lang === 'vi')).toBe(true);
  });

  it.each(['', '   ', '!?', '—'])('an empty query %j finds nothing', (query) => {
    expect(hitsFor('vi', query)).toEqual([]);
  });

  it('keeps each language under 40 KB gzipped', () => {
    for (const lang of ['vi', 'en'] as const) expect(gzipSync(JSON.stringify(files[lang])).length, lang).toBeLessThan(40_000);
  });
});

describe('matchTier', () => {
  const fields = { title: foldText('Khi nào chọn Provisioned Throughput'), keywords: [foldText('PT')], text: foldText('Traffic ổn định và dự đoán được') };
  it.each([
    { query: 'provisioned throughput', tier: 0 },
    { query: 'khi nao', tier: 0 },
    { query: 'pt', tier: 1 },
    { query: 'du doan', tier: 2 },
    { query: 'throughput khi', tier: 3 },
    { query: 'throughput provis', tier: 3 },
    { query: 'provisoned throughput', tier: 4 },
    { query: 'throughput xyz', tier: 5 },
  ])('"$query" -> $tier', ({ query, tier }) => {
    expect(matchTier(fields, foldText(query))).toBe(tier);
  });
});

describe('the index file', () => {
  const documents = [
    { kind: 'lesson', url: '/l/', title: 'Lợi ích', context: 'Skill 2.2.3', text: 'Giảm 60-80% chi phí', keywords: [] },
    { kind: 'glossary', url: '/g/#pt', title: 'Provisioned Throughput', context: 'Thông lượng dự trữ', text: 'Capacity dành riêng', keywords: ['PT'] },
  ] as const;

  it('ships the documents without their keywords, and the folded text only in the index', () => {
    const file = buildSearchIndex(
      'vi',
      documents.map((document) => ({ ...document, keywords: [...document.keywords] })),
    );
    expect(file.documents[1]).toEqual({
      kind: 'glossary',
      url: '/g/#pt',
      title: 'Provisioned Throughput',
      context: 'Thông lượng dự trữ',
      text: 'Capacity dành riêng',
    });
    expect(JSON.stringify(file.index)).toContain('giam 60-80% chi phi');
    expect(search([loadSearchIndex(file)], 'pt')[0]?.document.url).toBe('/g/#pt');
  });

  it('refuses a file of another version', () => {
    const file = buildSearchIndex('vi', []);
    expect(() => loadSearchIndex({ ...file, version: (SEARCH_INDEX_VERSION + 1) as typeof SEARCH_INDEX_VERSION })).toThrow(/version/);
  });

  it('groups hits as lessons, questions, glossary', () => {
    const index = loadSearchIndex(
      buildSearchIndex(
        'vi',
        documents.map((document) => ({ ...document, keywords: [...document.keywords] })),
      ),
    );
    const hits = [...search([index], 'capacity'), ...search([index], 'chi phi')];
    expect(hits.map((hit) => hit.document.kind)).toEqual(['glossary', 'lesson']);
    expect(groupByKind(hits).map((group) => group.kind)).toEqual(['lesson', 'glossary']);
  });
});
