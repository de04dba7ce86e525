/** The glossary flashcards' words (src/components/flashcards/); "{name}" is filled with `fill`. */
import type { Locale } from '../core/locale';

const vi = {
  title: 'Thẻ thuật ngữ',
  intro:
    'Mỗi thuật ngữ là hai thẻ: thấy thuật ngữ, nhớ lại định nghĩa; thấy định nghĩa, nhớ lại thuật ngữ. Lịch ôn là lặp lại ngắt quãng như câu hỏi luyện đề; thẻ được tính vào lịch sử học nhưng không tính vào khả năng đạt.',
  loading: 'Đang đọc tiến độ…',
  counts: 'Đến hạn: {due} thẻ. Chưa học: {unseen} thẻ (mỗi phiên thêm tối đa {limit} thẻ mới).',
  start: 'Bắt đầu ôn ({count} thẻ)',
  nothing: 'Không có thẻ nào đến hạn và đã học hết thẻ mới. Quay lại vào ngày thẻ tiếp theo đến hạn.',
  position: 'Thẻ {at}/{count}',
  'prompt.define': 'Thuật ngữ này nghĩa là gì?',
  'prompt.name': 'Thuật ngữ nào có định nghĩa này?',
  reveal: 'Hiện đáp án',
  answer: 'Đáp án',
  otherName: 'Tiếng Anh',
  gradeLegend: 'Bạn nhớ được đến đâu?',
  wrong: 'Chưa nhớ',
  guessed: 'Nhớ nhưng phải nghĩ lâu',
  correct: 'Nhớ ngay',
  done: 'Xong phiên ôn: {count} thẻ.',
  again: 'Ôn tiếp',
  glossary: 'Xem bảng thuật ngữ',
};

export type FlashcardStrings = typeof vi;

const en: FlashcardStrings = {
  title: 'Glossary flashcards',
  intro:
    'Each term is two cards: see the term and recall its definition; see the definition and recall the term. They are scheduled by spaced repetition like the quiz questions, and count in your study history but not in your pass probability.',
  loading: 'Reading your progress…',
  counts: 'Due: {due} cards. Not studied yet: {unseen} cards (each session adds {limit} new cards at most).',
  start: 'Start reviewing ({count} cards)',
  nothing: 'No card is due and every new card has been studied. Come back when the next card is due.',
  position: 'Card {at} of {count}',
  'prompt.define': 'What does this term mean?',
  'prompt.name': 'Which term has this definition?',
  reveal: 'Show the answer',
  answer: 'Answer',
  otherName: 'Vietnamese',
  gradeLegend: 'How well did you recall it?',
  wrong: 'Did not recall',
  guessed: 'Recalled with effort',
  correct: 'Recalled at once',
  done: 'Session done: {count} cards.',
  again: 'Review more',
  glossary: 'See the glossary',
};

export const FLASHCARD_TEXT: Record<Locale, FlashcardStrings> = { vi, en };
