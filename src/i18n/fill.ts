/** Fills "{name}" placeholders of an interface string; an unknown name stays visible rather than vanishing. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
