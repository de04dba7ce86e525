/** The question studio's words (src/components/studio/QuestionStudio.svelte); "{name}" is filled with `fill`. */
import type { Locale } from '../core/locale';

const vi = {
  heading: 'Soạn câu hỏi',
  intro:
    'Mở một câu hỏi có sẵn hoặc bắt đầu câu mới. Mọi thay đổi được kiểm tra ngay bằng đúng các quy tắc của npm run check:content, xem trước như thí sinh thấy, và lưu nháp trong trình duyệt này.',
  loading: 'Đang tải dữ liệu…',
  loadFailed: 'Không tải được dữ liệu soạn thảo ({reason}).',
  open: 'Mở câu hỏi',
  choose: '— Chọn —',
  newLegend: 'Câu hỏi mới',
  type: 'Loại',
  caseStudy: 'Case study',
  skill: 'Skill',
  id: 'Id (kebab-case)',
  start: 'Bắt đầu',
  file: 'Tệp: {file}',
  draftRestored: 'Đã mở bản nháp lưu trong trình duyệt.',
  discardDraft: 'Bỏ bản nháp',
  download: 'Tải tệp YAML',
  downloadReady: 'Tệp đã sẵn sàng. Nếu chưa tải về, dùng liên kết này:',
  summary: '{errors} lỗi, {warnings} cảnh báo',
  valid: 'Hợp lệ: không lỗi, không cảnh báo.',
  otherProblems: 'Vấn đề của cả tệp',
  texts: 'Nội dung (tiếng Việt | tiếng Anh)',
  values: 'Các trường khác',
  yaml: 'Tệp YAML',
  preview: 'Xem trước như thí sinh thấy',
  previewUnavailable: 'Sửa các lỗi schema để xem trước.',
  verifyPasses: 'Khối verify: trình mô phỏng cho cùng đáp án.',
};

export type StudioEditorText = typeof vi;

const en: StudioEditorText = {
  heading: 'Write a question',
  intro:
    'Open a question or start a new one. Every change is checked at once with the same rules as npm run check:content, previewed as candidates see it, and kept as a draft in this browser.',
  loading: 'Loading…',
  loadFailed: 'The studio data could not be loaded ({reason}).',
  open: 'Open a question',
  choose: '— Choose —',
  newLegend: 'New question',
  type: 'Type',
  caseStudy: 'Case study',
  skill: 'Skill',
  id: 'Id (kebab-case)',
  start: 'Start',
  file: 'File: {file}',
  draftRestored: 'Opened the draft kept in this browser.',
  discardDraft: 'Discard the draft',
  download: 'Download the YAML file',
  downloadReady: 'The file is ready. If it did not download, use this link:',
  summary: '{errors} errors, {warnings} warnings',
  valid: 'Valid: no error, no warning.',
  otherProblems: 'Problems of the whole file',
  texts: 'Texts (Vietnamese | English)',
  values: 'Other fields',
  yaml: 'YAML file',
  preview: 'Preview as candidates see it',
  previewUnavailable: 'Fix the schema errors to see the preview.',
  verifyPasses: 'verify block: the simulator gives the same answer.',
};

export const STUDIO_EDITOR_TEXT: Record<Locale, StudioEditorText> = { vi, en };
