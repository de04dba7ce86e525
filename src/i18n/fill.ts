/** Fills "{name}" placeholders of an interface string; an unknown name stays visible rather than vanishing. */
export const fill = <Values extends { [Name in keyof Values]: string | number }>(template: string, values: Values): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name as keyof Values]) : whole));
