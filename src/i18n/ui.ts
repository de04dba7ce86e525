/** Interface strings per locale. Content (lessons, questions) carries its own translations. */
import type { Locale } from '../core/locale';

export type { Locale };

const vi = {
  'site.title': 'AIP-C01 · Task 2.2',
  'site.description': 'Học Task 2.2 "Model deployment strategies" của kỳ thi AWS Certified Generative AI Developer - Professional bằng tiếng Việt và tiếng Anh.',
  'skip.toMain': 'Bỏ qua, đến nội dung chính',
  'nav.main': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.lessons': 'Bài học',
  'nav.menu': 'Mục lục',
  'nav.breadcrumbs': 'Đường dẫn',
  'nav.outline': 'Trên trang này',
  'nav.pagination': 'Bài trước và bài sau',
  'nav.previous': 'Bài trước',
  'nav.next': 'Bài sau',
  'lang.switch': 'English',
  'lang.switchLabel': 'Đọc bài này bằng tiếng Anh',
  'theme.toggle': 'Giao diện tối',
  'theme.light': 'Sáng',
  'theme.dark': 'Tối',
  'theme.system': 'Theo hệ thống',
  'progress.markRead': 'Đánh dấu đã đọc',
  'progress.read': 'Đã đọc',
  'progress.readState': 'đã đọc',
  'progress.unread': 'chưa đọc',
  'progress.summary': '{read}/{total} bài đã đọc',
  'progress.recovered': 'Dữ liệu tiến độ đã lưu bị hỏng và đã được khôi phục một phần: {reason}',
  'home.heading': 'Task 2.2: Chiến lược triển khai mô hình',
  'home.intro': 'Bài học, mô phỏng chi phí và câu hỏi tình huống cho Task 2.2 của kỳ thi AWS Certified Generative AI Developer - Professional (AIP-C01). Đọc bằng tiếng Việt, gặp thuật ngữ tiếng Anh như trong đề thi.',
  'home.start': 'Bắt đầu học',
  'home.continue': 'Học tiếp',
  'home.lessons': 'Các bài học',
  'footer.text': 'Tài liệu học tập độc lập, không phải của AWS. Giá và hạn mức lấy từ nguồn công khai, có ghi ngày.',
} as const;

export type UiKey = keyof typeof vi;

const en: Record<UiKey, string> = {
  'site.title': 'AIP-C01 · Task 2.2',
  'site.description': 'Study Task 2.2 "Model deployment strategies" of the AWS Certified Generative AI Developer - Professional exam, in Vietnamese and English.',
  'skip.toMain': 'Skip to main content',
  'nav.main': 'Main navigation',
  'nav.home': 'Home',
  'nav.lessons': 'Lessons',
  'nav.menu': 'Contents',
  'nav.breadcrumbs': 'Breadcrumbs',
  'nav.outline': 'On this page',
  'nav.pagination': 'Previous and next lesson',
  'nav.previous': 'Previous',
  'nav.next': 'Next',
  'lang.switch': 'Tiếng Việt',
  'lang.switchLabel': 'Read this lesson in Vietnamese',
  'theme.toggle': 'Dark theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'progress.markRead': 'Mark as read',
  'progress.read': 'Read',
  'progress.readState': 'read',
  'progress.unread': 'not read',
  'progress.summary': '{read}/{total} lessons read',
  'progress.recovered': 'Your saved progress was damaged and has been partly recovered: {reason}',
  'home.heading': 'Task 2.2: Model deployment strategies',
  'home.intro': 'Lessons, a cost simulator and scenario questions for Task 2.2 of the AWS Certified Generative AI Developer - Professional exam (AIP-C01), in Vietnamese and English.',
  'home.start': 'Start learning',
  'home.continue': 'Continue',
  'home.lessons': 'Lessons',
  'footer.text': 'Independent study material, not published by AWS. Prices and quotas come from dated public sources.',
};

const dictionaries: Record<Locale, Record<UiKey, string>> = { vi, en };

export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'vi' ? 'en' : 'vi';
}
