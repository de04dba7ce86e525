/** The states of a Bedrock model's life, in order and free of zod, for browser code such as the model picker. */
export const LIFECYCLE_STATUSES = ['active', 'legacy', 'end-of-life'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];
