/**
 * The studio's item analysis words (src/components/studio/ItemAnalysis.svelte), passed to the island for one locale.
 * "{name}" is filled with `fill`.
 */
import type { Locale } from '../core/locale';

const vi = {
  heading: 'Phân tích câu hỏi',
  intro:
    'Thả vào đây các tệp tiến độ mà thí sinh đã xuất (mỗi thí sinh một tệp) để xem, cho từng câu hỏi: tỉ lệ trả lời đúng, độ phân biệt, số lần mỗi phương án được chọn, và những câu nên xem lại.',
  privacy: 'Các tệp chỉ được đọc trong trình duyệt này; không có gì được gửi đi.',
  method:
    'Chỉ tính lần trả lời đầu tiên của mỗi thí sinh cho mỗi câu: các lần sau đã có giải thích và luyện tập. Câu đúng mà thí sinh đánh dấu "Tôi đoán" vẫn tính là đúng. Độ phân biệt là tỉ lệ đúng của {share} thí sinh giỏi nhất trừ tỉ lệ đúng của {share} yếu nhất, xếp theo tỉ lệ đúng ở các câu khác; cần ít nhất {minCandidates} thí sinh. Cờ về tỉ lệ đúng và phương án cần ít nhất {minAnswers} lượt trả lời; "không ai chọn" cần {minUnused}.',
  chooseFiles: 'Chọn các tệp tiến độ (.json)',
  dropHint: 'hoặc kéo thả các tệp vào khung này',
  clear: 'Bỏ các tệp đã đọc',
  loading: 'Đang tải ngân hàng câu hỏi…',
  loadFailed: 'Không tải được ngân hàng câu hỏi ({reason}).',
  reading: 'Đang đọc tệp: {count}…',
  summary: 'Đã đọc {files} tệp: {candidates} thí sinh, {attempts} lượt trả lời ({firstAttempts} lượt đầu được phân tích).',
  toReview: '{count} câu nên xem lại, xếp lên đầu bảng.',
  skippedHeading: 'Tệp bị bỏ qua',
  skipped: '{file}: {reason}',
  notProgress: 'không phải tệp tiến độ của trang này (JSON, phiên bản 1)',
  unreadable: 'không đọc được tệp ({reason})',
  damaged: '{count} phần không hợp lệ, đầu tiên: {problem}',
  unknownQuestions: 'Không tính các câu không có trong ngân hàng hiện tại: {ids}.',
  caption: 'Từng câu hỏi đã có người trả lời',
  question: 'Câu hỏi',
  candidates: 'Thí sinh (n)',
  facility: 'Tỉ lệ đúng',
  discrimination: 'Độ phân biệt',
  choices: 'Số lần chọn',
  flags: 'Nên xem lại vì',
  guessed: 'trong đó {count} đoán',
  notEnough: 'chưa tính: cần {min} thí sinh, có {ranked}',
  key: 'đáp án',
  fewChoices: 'chỉ {count} trong {n} lượt có ghi lựa chọn (tệp cũ không ghi)',
  noChoices: 'không đếm với câu sắp xếp và ghép cặp',
  noFlags: 'không có',
  'flag.tooHard': 'Quá khó: dưới {threshold} trả lời đúng',
  'flag.tooEasy': 'Quá dễ: trên {threshold} trả lời đúng',
  'flag.weakDiscrimination': 'Phân biệt yếu: dưới {threshold}',
  'flag.negativeDiscrimination': 'Phân biệt âm: thí sinh yếu đúng nhiều hơn thí sinh giỏi; đáp án có thể sai',
  'flag.unusedDistractor': 'Phương án nhiễu {option} không ai chọn',
  'flag.distractorOverKey': 'Phương án nhiễu {option} được chọn nhiều hơn đáp án ({count} so với {keyCount})',
};

export type StudioText = typeof vi;

const en: StudioText = {
  heading: 'Item analysis',
  intro:
    'Drop the progress files candidates exported (one file per candidate) to see, per question: the share answered right, the discrimination, how often each option was chosen, and which questions to review.',
  privacy: 'The files are read in this browser only; nothing is sent anywhere.',
  method:
    'Only each candidate’s first attempt at a question counts: later ones come after the explanation and practice. A right answer the candidate marked "I guessed" counts as right. Discrimination is the share right in the best {share} of candidates minus that in the weakest {share}, ranked by their share right on the other questions; it needs {minCandidates} candidates. Flags on facility and options need {minAnswers} answers; "nobody chose it" needs {minUnused}.',
  chooseFiles: 'Choose progress files (.json)',
  dropHint: 'or drag and drop the files onto this box',
  clear: 'Remove the files read',
  loading: 'Loading the question bank…',
  loadFailed: 'The question bank could not be loaded ({reason}).',
  reading: 'Reading files: {count}…',
  summary: 'Files read: {files}. Candidates: {candidates}. Attempts: {attempts}, of which first attempts analysed: {firstAttempts}.',
  toReview: 'Questions to review: {count}, listed first.',
  skippedHeading: 'Files skipped',
  skipped: '{file}: {reason}',
  notProgress: 'not a progress file of this site (JSON, version 1)',
  unreadable: 'the file could not be read ({reason})',
  damaged: 'invalid parts: {count}; the first: {problem}',
  unknownQuestions: 'Left out, as the current bank does not have them: {ids}.',
  caption: 'Each question someone answered',
  question: 'Question',
  candidates: 'Candidates (n)',
  facility: 'Facility',
  discrimination: 'Discrimination',
  choices: 'Times chosen',
  flags: 'Review because',
  guessed: '{count} of them guessed',
  notEnough: 'not computed: needs {min} candidates, has {ranked}',
  key: 'key',
  fewChoices: 'only {count} of {n} answers recorded their choice (older files do not)',
  noChoices: 'not counted for ordering and matching',
  noFlags: 'none',
  'flag.tooHard': 'Too hard: under {threshold} answered right',
  'flag.tooEasy': 'Too easy: over {threshold} answered right',
  'flag.weakDiscrimination': 'Weak discrimination: under {threshold}',
  'flag.negativeDiscrimination': 'Negative discrimination: weaker candidates did better than stronger ones; the key may be wrong',
  'flag.unusedDistractor': 'Nobody chose distractor {option}',
  'flag.distractorOverKey': 'Distractor {option} was chosen more than the key ({count} against {keyCount})',
};

export const STUDIO_TEXT: Record<Locale, StudioText> = { vi, en };
