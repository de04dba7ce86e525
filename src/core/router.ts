/**
 * Query router of the model cascade (docs/simulator-model.md section 7): `small` or `large` for one query, and why.
 *
 * Design: an additive, rule-based score. Each feature (length, reasoning words, code, several parts,
 * constraints; cues of a simple task count negatively) adds a fixed weight, and the query goes to the
 * large model when the sum reaches ROUTE_THRESHOLD. Rules, not a trained classifier, because the router
 * must cost nothing per request (cr = 0 in section 6), answer the same every time, and show a learner the
 * words that decided it. Cues are written with their accents and matched on folded text, so Vietnamese
 * with or without diacritics, or mixed with English, hits the same rules, and the evidence is cut from the
 * text as typed (folding keeps positions). Quoted text and code fences are the material, not the request:
 * they count for length and code, not as cues. The language only moves the length bands, since Vietnamese
 * splits the same content into about 1.3 times as many tokens (one per syllable). The labelled sample in
 * content/router/queries.json measures the router; its misses stay there as hard cases, not tuned away.
 */

import type { Locale } from './locale';
import { foldText } from './text-fold';

export type { Locale };
export type Tier = 'small' | 'large';
export type Task = 'classification' | 'extraction' | 'translation' | 'writing' | 'summarization' | 'lookup' | 'reasoning' | 'code' | 'chit-chat';

export type FeatureId =
  | 'length'
  | 'reasoning'
  | 'code-request'
  | 'code-artifact'
  | 'multi-part'
  | 'constraints'
  | 'summarize'
  | 'classify'
  | 'extract'
  | 'translate'
  | 'writing'
  | 'lookup'
  | 'greeting';

export interface RouteFeature {
  id: FeatureId;
  /** Points added to the score; negative for cues of a simple task. */
  weight: number;
  /** What matched: spans of the query as typed, or a count such as "3 questions". */
  evidence: string[];
}

export interface RouteDecision {
  tier: Tier;
  score: number;
  threshold: number;
  /** Features that fired, highest weight first. */
  features: RouteFeature[];
  task: Task;
  /** The locale passed in, or the one detected. */
  locale: Locale;
}

export interface LabelledQuery {
  id: string;
  text: string;
  lang: Locale;
  label: Tier;
  task: Task;
  /** Why the query is a hard case, where it is one. */
  note?: string;
}

export interface RouterMiss {
  id: string;
  text: string;
  label: Tier;
  decision: RouteDecision;
}

export interface RouterEvaluation {
  total: number;
  /** Share routed to the small model: `ps` of the cascade. */
  smallShare: number;
  accuracy: number;
  /** confusion[label][predicted]. */
  confusion: Record<Tier, Record<Tier, number>>;
  misses: RouterMiss[];
}

export const ROUTE_THRESHOLD = 2;

// ---------------------------------------------------------------------------------------------------
// Cues. Phrases are written as people type them, and folded once, here, when the module loads (so
// 'gán' also covers 'gắn', and 'cảm ơn' covers 'cám ơn'). Each phrase starts and ends with a letter or
// digit and belongs to one group; one regex finds them all in a single pass over the query.

type CueGroup =
  'analysis' | 'explain' | 'step' | 'constraint' | 'summarize' | 'classify' | 'extract' | 'translate' | 'writing' | 'lookup' | 'greeting' | 'unit-test';

const CUE_PHRASES: Record<CueGroup, readonly string[]> = {
  /** Verbs of analysis, comparison, design and judgement: the work a small model does badly. */
  analysis: [
    'compare',
    'comparison',
    'versus',
    'vs',
    'analyse',
    'analyze',
    'analysis',
    'trade-off',
    'trade-offs',
    'tradeoff',
    'tradeoffs',
    'design',
    'architect',
    'architecture',
    'plan the',
    'plan a',
    'plan for',
    'planning',
    'migration plan',
    'rollback plan',
    'rollout plan',
    'strategy',
    'evaluate',
    'assess',
    'recommend',
    'propose',
    'pros and cons',
    'root cause',
    'prioritise',
    'prioritize',
    'optimise',
    'optimize',
    'justify',
    'prove',
    'estimate',
    'calculate',
    'calculation',
    'forecast',
    'should we',
    'should i',
    'which is better',
    'difference between',
    'what would happen',
    'what if',
    'break even',
    'breaks even',
    'break-even',
    'so sánh',
    'phân tích',
    'đánh giá',
    'thiết kế',
    'đề xuất',
    'kế hoạch',
    'chiến lược',
    'ưu nhược điểm',
    'ưu điểm',
    'nhược điểm',
    'đánh đổi',
    'khác nhau',
    'khác biệt',
    'nguyên nhân',
    'kiến trúc',
    'tối ưu',
    'lộ trình',
    'có nên',
    'nên chọn',
    'nên dùng',
    'chứng minh',
    'ước tính',
    'tính toán',
    'dự báo',
    'lập luận',
    'giải pháp',
    'hòa vốn',
  ],
  /** Asking for an explanation: often a textbook answer, so weaker than the verbs above. */
  explain: ['why', 'explain', 'explanation', 'reason', 'reasons', 'how does', 'how come', 'tại sao', 'vì sao', 'giải thích', 'lý do', 'sao lại'],
  /** Words that chain one sub-task to the next. */
  step: [
    'and then',
    'after that',
    'also',
    'additionally',
    'as well as',
    'finally',
    'in addition',
    'sau đó',
    'đồng thời',
    'ngoài ra',
    'bên cạnh đó',
    'tiếp theo',
    'cuối cùng',
    'kèm theo',
  ],
  constraint: [
    'must',
    'must not',
    'without',
    'at most',
    'at least',
    'no more than',
    'less than',
    'within',
    'budget',
    'deadline',
    'assume',
    'assuming',
    'given that',
    'given our',
    'ensure',
    'guarantee',
    'only if',
    'unless',
    'constraint',
    'constraints',
    'requirement',
    'requirements',
    'excluding',
    'least-privilege',
    'bắt buộc',
    'không được',
    'tối đa',
    'tối thiểu',
    'trong vòng',
    'ngân sách',
    'giả sử',
    'với điều kiện',
    'đảm bảo',
    'chỉ khi',
    'trừ khi',
    'ràng buộc',
    'không quá',
    'ngoại trừ',
    'nhưng không',
  ],
  summarize: [
    'summarize',
    'summarise',
    'summary',
    'tl;dr',
    'tldr',
    'key points',
    'main points',
    'recap',
    'condense',
    'sum up',
    'gist',
    'tóm tắt',
    'tóm lược',
    'tóm gọn',
    'ý chính',
    'điểm chính',
    'nội dung chính',
    'tổng kết',
  ],
  /** Verbs and question forms only: 'classification' or 'category' as a topic says nothing of the task. */
  classify: [
    'classify',
    'categorize',
    'categorise',
    'which category',
    'what category',
    'one category',
    'label this',
    'label the',
    'label each',
    'tag this',
    'tag the',
    'tag each',
    'sentiment',
    'positive or negative',
    'spam',
    'intent',
    'yes or no',
    'true or false',
    'which department',
    'detect the language',
    'language of',
    'phân loại',
    'gán nhãn',
    'gắn tag',
    'tích cực hay tiêu cực',
    'cảm xúc',
    'thuộc loại',
    'thuộc nhóm',
    'thuộc phòng ban',
    'phòng ban nào',
    'chủ đề nào',
    'nhóm nào',
    'ý định',
    'có hay không',
    'hay không',
    'đúng hay sai',
  ],
  extract: [
    'extract',
    'pull out',
    'parse',
    'find all',
    'list all',
    'list every',
    'to json',
    'as json',
    'into json',
    'trích xuất',
    'trích',
    'lấy ra',
    'lọc ra',
    'tách',
    'thành json',
    'sang json',
    'dạng json',
  ],
  /** 'dịch' only with what follows it: alone it is also the first half of 'dịch vụ' (service). */
  translate: [
    'translate',
    'translation',
    'how do you say',
    'into vietnamese',
    'into english',
    'dịch sang',
    'dịch qua',
    'dịch giúp',
    'dịch câu',
    'dịch đoạn',
    'dịch từ',
    'dịch cho',
    'dịch ra',
    'nghĩa tiếng anh',
    'tiếng anh là gì',
  ],
  writing: [
    'rephrase',
    'paraphrase',
    'proofread',
    'rewrite',
    'typos',
    'typo',
    'grammar',
    'spelling',
    'more polite',
    'more formal',
    'iso format',
    'thank-you note',
    'chính tả',
    'lịch sự hơn',
    'trang trọng hơn',
    'ngắn gọn hơn',
    'viết lại câu',
    'định dạng',
    'format lại',
  ],
  /**
   * Questions a help page answers: hours, fees, passwords, order status, definitions, how-to. Fees are
   * named in full: 'phí' alone is also the second half of 'chi phí' (cost).
   */
  lookup: [
    'opening hours',
    'open on',
    'closed on',
    'hotline',
    'phone number',
    'address',
    'nearest branch',
    'password',
    'order status',
    'track my order',
    'tracking number',
    'where is my',
    'status of my',
    'fee',
    'fees',
    'interest rate',
    'exchange rate',
    'return policy',
    'refund policy',
    'in stock',
    'available in',
    'minimum balance',
    'limit',
    'how do i',
    'how can i',
    'how to',
    'where can i',
    'where do i',
    'who do i contact',
    'what does',
    'stand for',
    'vacation days',
    'wi-fi',
    'wifi',
    'giờ mở cửa',
    'mở cửa',
    'đóng cửa',
    'số điện thoại',
    'địa chỉ',
    'chi nhánh',
    'mật khẩu',
    'mã pin',
    'trạng thái',
    'vận đơn',
    'đơn hàng của',
    'đơn của tôi',
    'hủy đơn',
    'giao chưa',
    'ship chưa',
    'phí chuyển khoản',
    'phí thường niên',
    'phí giao hàng',
    'phí dịch vụ',
    'biểu phí',
    'miễn phí',
    'lãi suất',
    'tỷ giá',
    'đổi trả',
    'hoàn tiền',
    'còn hàng',
    'còn size',
    'hạn mức',
    'là gì',
    'nghĩa là gì',
    'làm sao để',
    'làm thế nào',
    'làm cách nào',
    'hướng dẫn',
    'ở đâu',
    'nghỉ phép',
    'phiếu lương',
    'bảng lương',
  ],
  greeting: [
    'hi',
    'hello',
    'hey',
    'thanks',
    'thank you',
    'good morning',
    'good afternoon',
    'good evening',
    'bye',
    'goodbye',
    'cheers',
    'ok',
    'okay',
    'xin chào',
    'chào',
    'chào bạn',
    'alo',
    'cảm ơn',
    'tạm biệt',
  ],
  'unit-test': ['unit test', 'unit tests', 'viết test'],
};

/** Folded phrase -> its group. */
const CUE_GROUP_OF = new Map<string, CueGroup>(
  (Object.keys(CUE_PHRASES) as CueGroup[]).flatMap((group) => CUE_PHRASES[group].map((phrase): [string, CueGroup] => [foldText(phrase), group])),
);

/** Every phrase in one regex over folded text; a space in a phrase matches any run of white space. */
const CUES = new RegExp(
  `\\b(?:${[...CUE_GROUP_OF.keys()]
    // Longest first, so 'ưu nhược điểm' is one cue rather than 'nhược điểm'.
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'g',
);

/** A verb of making or fixing, then within four words a code artefact, in either language. */
const CODE_REQUEST = new RegExp(
  '\\b(?:write|generate|create|implement|build|refactor|fix|debug|optimi[sz]e|convert|port|rewrite|review' +
    "|viet|tao|sua|chuyen|toi uu)\\b\\W+(?:[\\w'-]+\\W+){0,4}?" +
    '(?:functions?|scripts?|code|query|queries|sql|class|methods?|unit tests?|tests|regex|regexp|endpoint' +
    '|handler|component|program|snippet|dockerfile|terraform|cloudformation|lambda|api(?!\\s+keys?)' +
    '|ham|doan ma|ma nguon|truy van)\\b',
  'g',
);

/** Pasted code: any one of these makes it a code task, worth as much as asking for code. */
const CODE_STRONG = /```|\btraceback\b|^[ \t]+at +[\w$.<>]+ *\(|\bline +\d+, +in\b/gm;
/**
 * SQL keywords are matched as typed: upper case tells a statement from the English words. The second
 * keyword must come within 300 characters, which also keeps a long paste linear.
 */
const SQL_STATEMENT = /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE)\b[^]{1,300}?\b(?:FROM|VALUES|SET|WHERE)\b/g;
/** Identifiers and error names: a hint of code, not proof of a coding task. */
const CODE_WEAK_FOLDED = /\b\w+(?:exception|error)\b|\b[a-z][a-z0-9]*_[a-z0-9_]+\b|`[^`\n]+`|(?<!\S)--[a-z][\w-]+|\{\s*"\w+"\s*:/g;
const CODE_WEAK_CASED = /\b[a-z]{2,}(?:[A-Z][a-z0-9]+)+\b|(?<![\w.])[A-Za-z_][\w.]*\((?:\)|[^()\s][^()\n]+\))/g;

const QUESTION_MARKS = /[?？]+/g;
const LIST_ITEMS = /^[ \t]*(?:\d+[.)]|[-*•])[ \t]+\S/gm;
/**
 * A number with a unit of time, money, traffic or size: several of them usually mean arithmetic. A number
 * is only tried from its first digit, so a long run of digits costs linear time.
 */
const QUANTITIES =
  /(?:\$ ?\d[\d.,]*|(?<![\w.,])\d[\d.,]*\s*(?:%|k|ms|s|b|gb|tb|usd|vnd|d|dong|trieu|ty|giay|seconds?|phut|minutes?|gio|hours?|ngay|days?|thang|months?|nam|years?|requests?|req|rps|rpm|tpm|tokens?|users?|nguoi|khach|cau hoi|yeu cau|trang|pages?))(?!\w)/g;

/** At most this many other words next to a greeting, and the query is small talk. */
const GREETING_MAX_OTHER_WORDS = 3;

/**
 * Tokens with at least one letter or digit: words in English, syllables in Vietnamese. A token is only
 * tried from its start, so a long run of punctuation costs linear time.
 */
const WORDS = /(?<!\S)\S*?[\p{L}\p{N}]\S*/gu;
/** Above each bound the length feature adds 0.5: 0.5, 1, 1.5 points. */
const LENGTH_BANDS: Record<Locale, readonly number[]> = { en: [15, 35, 70], vi: [20, 45, 90] };

// ---------------------------------------------------------------------------------------------------
// Language detection

/** Function words of unaccented Vietnamese that are not also English words. */
const VI_FUNCTION_WORDS = new Set(
  (
    'khong duoc nhung cua nhu toi minh gi nao sao lam cach voi nhieu bao nay giup thi roi chua xin dang nguoi ' +
    'viec cho hoi ve va cac mot tu khi neu phai vi trong moi nen muon biet gio ngay thang tien da se bi ' +
    'len them dung giua theo tren duoi nhe nha oi luon qua vay'
  ).split(' '),
);
const EN_FUNCTION_WORDS = new Set(
  (
    'the is are was were what how why to of and for my i you can please do does with in on this that it an ' +
    'a be should which when where we our your me from about not will would could there if or by at as have ' +
    'has get'
  ).split(' '),
);
/** The accented letters of Vietnamese, lower case. */
const VI_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;
/** Quoted text and code are material to work on; the request is the text around them. */
const QUOTED = /```[^]*?```|(?<!\w)'[^'\n]{2,}'(?!\w)|"[^"\n]*"|“[^“”\n]*”/g;

/** Vietnamese when words with its accents and its function words outnumber English function words. */
export function detectLocale(text: string): Locale {
  const request = text.normalize('NFC').replace(QUOTED, ' ').toLowerCase();
  let vi = 0;
  let en = 0;
  for (const word of request.match(/\p{L}+/gu) ?? []) {
    if (VI_LETTER.test(word) || VI_FUNCTION_WORDS.has(word)) vi++;
    else if (EN_FUNCTION_WORDS.has(word)) en++;
  }
  return vi > en ? 'vi' : 'en';
}

// ---------------------------------------------------------------------------------------------------
// Features

interface QueryText {
  /** The query in NFC: evidence is cut from it. */
  original: string;
  /** foldText(original): same length, so match indices point into `original`. */
  folded: string;
  /** `folded` with quoted text and code blanked out: what the user asks, not the material to work on. */
  request: string;
}

function queryText(query: string): QueryText {
  const original = query.normalize('NFC');
  const folded = foldText(original);
  return { original, folded, request: folded.replace(QUOTED, (material) => ' '.repeat(material.length)) };
}

/** Every match of a global regex. matchAll would copy the regex on each call: slow for CUES. */
function* matchesOf(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0] === '') re.lastIndex++; // an empty match would otherwise repeat forever
    yield m;
  }
}

/** Cues found in the request, by group: the first spelling of each phrase, as the user typed it. */
type CueHits = ReadonlyMap<CueGroup, readonly string[]>;

function findCues(text: QueryText): CueHits {
  const hits = new Map<CueGroup, string[]>();
  const seen = new Set<string>();
  for (const m of matchesOf(CUES, text.request)) {
    const phrase = m[0].replace(/\s+/g, ' ');
    const group = CUE_GROUP_OF.get(phrase);
    if (group === undefined || seen.has(phrase)) continue;
    seen.add(phrase);
    const span = text.original.slice(m.index, m.index + m[0].length);
    const spans = hits.get(group);
    if (spans === undefined) hits.set(group, [span]);
    else spans.push(span);
  }
  return hits;
}

/** Distinct matches of a regex in the request (or another folded view), as the user typed them. */
function spansOf(re: RegExp, text: QueryText, searched = text.request): string[] {
  const spans = new Map<string, string>();
  for (const m of matchesOf(re, searched)) {
    const key = m[0].replace(/\s+/g, ' ');
    if (!spans.has(key)) spans.set(key, text.original.slice(m.index, m.index + m[0].length));
  }
  return [...spans.values()];
}

function countMatches(re: RegExp, s: string): number {
  return s.match(re)?.length ?? 0;
}

function feature(id: FeatureId, weight: number, evidence: string[]): RouteFeature | null {
  return weight === 0 ? null : { id, weight, evidence };
}

/** A cue group that adds a fixed weight when any of its phrases is in the request. */
function cueFeature(id: FeatureId, evidence: readonly string[] | undefined, weight: number): RouteFeature | null {
  return evidence === undefined ? null : feature(id, weight, [...evidence]);
}

function lengthFeature(wordCount: number, locale: Locale): RouteFeature | null {
  const bandsPassed = LENGTH_BANDS[locale].filter((bound) => wordCount > bound).length;
  return feature('length', 0.5 * bandsPassed, [`${wordCount} words`]);
}

/** 2 for an analysis verb, 1.5 for a request to explain, plus 0.5 for each further cue up to 1. */
function reasoningFeature(hits: CueHits): RouteFeature | null {
  const analysis = hits.get('analysis') ?? [];
  const cues = [...analysis, ...(hits.get('explain') ?? [])];
  if (cues.length === 0) return null;
  const base = analysis.length > 0 ? 2 : 1.5;
  return feature('reasoning', base + 0.5 * Math.min(2, cues.length - 1), cues);
}

function codeRequestFeature(text: QueryText, hits: CueHits): RouteFeature | null {
  const evidence = [...spansOf(CODE_REQUEST, text), ...(hits.get('unit-test') ?? [])];
  return evidence.length > 0 ? feature('code-request', 3, evidence) : null;
}

/**
 * Code anywhere in the query, quoted or not. Pasted code (fence, stack trace, SQL) scores 3; otherwise
 * identifiers and error names score 0.5 each up to 1.5, so they tip a query over but never decide it alone.
 */
function codeArtifactFeature(text: QueryText): RouteFeature | null {
  const strong = [...spansOf(CODE_STRONG, text, text.folded), ...(text.original.match(SQL_STATEMENT) ?? [])];
  const weak = [...new Set([...spansOf(CODE_WEAK_FOLDED, text, text.folded), ...(text.original.match(CODE_WEAK_CASED) ?? [])])];
  const weight = strong.length > 0 ? 3 : Math.min(1.5, 0.5 * weak.length);
  return feature(
    'code-artifact',
    weight,
    [...strong, ...weak].map((s) => s.trim()),
  );
}

/** Several questions, list items or "then / sau đó" steps: 1 point for two parts, 1.5 for three or more. */
function multiPartFeature(text: QueryText, hits: CueHits): RouteFeature | null {
  const questions = countMatches(QUESTION_MARKS, text.request);
  const listItems = countMatches(LIST_ITEMS, text.request);
  const connectors = hits.get('step') ?? [];
  const parts = Math.max(1, questions, listItems) + connectors.length;
  if (parts < 2) return null;
  const evidence = [...(questions > 1 ? [`${questions} questions`] : []), ...(listItems > 1 ? [`${listItems} list items`] : []), ...connectors];
  return feature('multi-part', parts >= 3 ? 1.5 : 1, evidence);
}

/** 0.5 for each constraint word, and 0.5 when two or more quantities ask for arithmetic; at most 1.5. */
function constraintsFeature(text: QueryText, hits: CueHits): RouteFeature | null {
  const cues = hits.get('constraint') ?? [];
  const quantities = countMatches(QUANTITIES, text.request);
  const evidence = quantities >= 2 ? [...cues, `${quantities} quantities`] : [...cues];
  return feature('constraints', Math.min(1.5, 0.5 * evidence.length), evidence);
}

/** Only a greeting or thanks, with at most a few other words: small talk. */
function greetingFeature(greetings: readonly string[] | undefined, wordCount: number): RouteFeature | null {
  if (greetings === undefined) return null;
  const greetingWords = greetings.reduce((n, g) => n + countMatches(WORDS, g), 0);
  return wordCount - greetingWords <= GREETING_MAX_OTHER_WORDS ? feature('greeting', -2, [...greetings]) : null;
}

/** The task the features point to; the first match in this order wins. */
function taskOf(fired: ReadonlyMap<FeatureId, RouteFeature>, tier: Tier): Task {
  const codeWeight = fired.get('code-artifact')?.weight ?? 0;
  if (fired.has('code-request') || codeWeight >= 3) return 'code';
  // An explanation asked for in a few words is usually a help-page answer, not reasoning work.
  if (fired.has('reasoning') && tier === 'large') return 'reasoning';
  if (codeWeight > 0 && tier === 'large') return 'code';
  if (fired.has('summarize')) return 'summarization';
  if (fired.has('extract')) return 'extraction';
  if (fired.has('classify')) return 'classification';
  if (fired.has('translate')) return 'translation';
  if (fired.has('writing')) return 'writing';
  if (fired.has('greeting')) return 'chit-chat';
  // No task cue: a long or many-part query is open-ended work, anything else a question to look up.
  return tier === 'large' ? 'reasoning' : 'lookup';
}

// ---------------------------------------------------------------------------------------------------

/**
 * Routes one query. Right-sizing from the lesson, with two tiers: classification, extraction, translation
 * and look-ups score below zero and stay small; reasoning and code generation (the "specialized" model,
 * the large tier here) reach the threshold alone. Summarization is the medium size the cascade lacks: its
 * cue adds 0.5, so a summary stays on the small model until the text passes the top length band
 * (70 words, 90 Vietnamese syllables) or asks for analysis as well.
 */
export function route(query: string, locale?: Locale): RouteDecision {
  const text = queryText(query);
  const lang = locale ?? detectLocale(text.original);
  // Length counts the material too: a long text to summarize is the reason to send it to the large model.
  const wordCount = countMatches(WORDS, text.original);

  const hits = findCues(text);

  const candidates = [
    lengthFeature(wordCount, lang),
    reasoningFeature(hits),
    codeRequestFeature(text, hits),
    codeArtifactFeature(text),
    multiPartFeature(text, hits),
    constraintsFeature(text, hits),
    cueFeature('summarize', hits.get('summarize'), 0.5),
    cueFeature('classify', hits.get('classify'), -1.5),
    cueFeature('extract', hits.get('extract'), -1.5),
    cueFeature('translate', hits.get('translate'), -1.5),
    cueFeature('writing', hits.get('writing'), -1.5),
    cueFeature('lookup', hits.get('lookup'), -1),
    greetingFeature(hits.get('greeting'), wordCount),
  ];
  const features = candidates.filter((f): f is RouteFeature => f !== null).sort((a, b) => b.weight - a.weight);
  const score = features.reduce((sum, f) => sum + f.weight, 0);
  const tier: Tier = score >= ROUTE_THRESHOLD ? 'large' : 'small';
  const fired = new Map(features.map((f) => [f.id, f]));
  return { tier, score, threshold: ROUTE_THRESHOLD, features, task: taskOf(fired, tier), locale: lang };
}

/**
 * Runs the router over a labelled sample, detecting each query's language as it would in service.
 * An empty sample has no share and no accuracy, so it is refused.
 */
export function evaluateRouter(sample: readonly LabelledQuery[]): RouterEvaluation {
  if (sample.length === 0) {
    throw new RangeError('sample: 0 queries; evaluateRouter needs at least 1 labelled query');
  }
  const confusion: Record<Tier, Record<Tier, number>> = {
    small: { small: 0, large: 0 },
    large: { small: 0, large: 0 },
  };
  const misses: RouterMiss[] = [];
  for (const q of sample) {
    const decision = route(q.text);
    confusion[q.label][decision.tier]++;
    if (decision.tier !== q.label) misses.push({ id: q.id, text: q.text, label: q.label, decision });
  }
  const total = sample.length;
  const routedSmall = confusion.small.small + confusion.large.small;
  return {
    total,
    smallShare: routedSmall / total,
    accuracy: (total - misses.length) / total,
    confusion,
    misses,
  };
}
