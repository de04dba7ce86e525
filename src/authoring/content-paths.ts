/**
 * Where content lives below a course root, and a file as the checks read it: no file system here, so the checks
 * that run in the browser (the studio) import these without Node's modules.
 */

export interface SourceFile {
  /** Path relative to the root, with forward slashes: content/questions/2.2.1/q221-x.yaml. */
  file: string;
  text: string;
}

/** The price files behind each key of the price data (src/core/pricing.ts). */
export const PRICE_FILES = {
  models: 'bedrock-on-demand.json',
  provisioned: 'bedrock-provisioned.json',
  lambda: 'lambda.json',
  instances: 'sagemaker-instances.json',
} as const;
export type PriceKey = keyof typeof PRICE_FILES;

export const CONTENT_FOLDERS = {
  questions: 'content/questions',
  cases: 'content/cases',
  lessons: 'content/lessons',
  glossary: 'content/glossary/terms.yaml',
  pricing: 'content/pricing',
} as const;

export const LIFECYCLE_PATH = `${CONTENT_FOLDERS.pricing}/model-lifecycle.json`;
export const COURSE_PATH = 'content/course.json';
