/**
 * The rules of the 1EdTech QTI 3.0 schemas (imsqti_asiv3p0p1_v1p0.xsd, imscp_v1p1 for the manifest) that the
 * exported packages touch, restated here because the XSD files cannot be had from the package registries. Each
 * rule names what the schema requires; `qtiProblems` returns the broken ones for an item, `manifestProblems`
 * for a package's manifest.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
}

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[entity] ?? '');

/** A tree of the elements of well-formed XML (text is left out; the well-formedness check reads it). */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack = [root];
  for (const [, closing, name, rest, selfClosing] of xml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>/g)) {
    if (closing) {
      stack.pop();
      continue;
    }
    const attributes = Object.fromEntries([...(rest ?? '').matchAll(/([\w.:-]+)="([^"]*)"/g)].map(([, key, value]) => [key, decode(value ?? '')]));
    const element: XmlElement = { name: name ?? '', attributes, children: [] };
    stack.at(-1)?.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  const [document] = root.children;
  if (!document) throw new Error('no root element');
  return document;
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;
const BOOLEAN = /^(true|false)$/;
const NON_NEGATIVE = /^\d+$/;
const CARDINALITIES = ['single', 'multiple', 'ordered', 'record'];
const BASE_TYPES = ['identifier', 'directedPair', 'pair', 'string', 'integer', 'float', 'boolean', 'point', 'duration', 'file', 'uri'];

const all = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);

/** The schema's order of an item's children: declarations, then the body, then processing. */
const ITEM_ORDER = ['qti-response-declaration', 'qti-outcome-declaration', 'qti-item-body', 'qti-response-processing'];

export function qtiProblems(xml: string): string[] {
  const problems: string[] = [];
  const item = parseXml(xml);
  const need = (ok: boolean, rule: string) => ok || problems.push(rule);
  need(item.name === 'qti-assessment-item', 'the root is qti-assessment-item');
  need(NCNAME.test(item.attributes.identifier ?? ''), `item identifier "${item.attributes.identifier}" is an NCName (xs:ID)`);
  need((item.attributes.title ?? '') !== '', 'the item has a title');
  for (const flag of ['adaptive', 'time-dependent']) need(BOOLEAN.test(item.attributes[flag] ?? ''), `${flag} is a boolean`);
  const order = item.children.map((child) => ITEM_ORDER.indexOf(child.name));
  need(!order.includes(-1), `only known children of an item: ${item.children.map((child) => child.name).join(', ')}`);
  need(
    order.every((rank, index) => index === 0 || rank >= (order[index - 1] ?? 0)),
    'declarations come before the body, the body before processing',
  );

  const declared = new Map<string, XmlElement>();
  for (const declaration of [...all(item, 'qti-response-declaration'), ...all(item, 'qti-outcome-declaration')]) {
    const id = declaration.attributes.identifier ?? '';
    need(NCNAME.test(id), `declaration identifier "${id}" is an NCName`);
    need(!declared.has(id), `declaration identifier "${id}" is unique`);
    declared.set(id, declaration);
    need(CARDINALITIES.includes(declaration.attributes.cardinality ?? ''), `cardinality "${declaration.attributes.cardinality}" is allowed`);
    need(BASE_TYPES.includes(declaration.attributes['base-type'] ?? ''), `base-type "${declaration.attributes['base-type']}" is allowed`);
  }

  const interactions = ['qti-choice-interaction', 'qti-order-interaction', 'qti-match-interaction'].flatMap((name) => all(item, name));
  need(interactions.length === 1, 'the body holds one interaction');
  for (const interaction of interactions) {
    const responseId = interaction.attributes['response-identifier'] ?? '';
    const response = declared.get(responseId);
    need(response?.name === 'qti-response-declaration', `response-identifier "${responseId}" names a response declaration`);
    if (interaction.attributes.shuffle !== undefined) need(BOOLEAN.test(interaction.attributes.shuffle), 'shuffle is a boolean');
    for (const count of ['max-choices', 'max-associations']) {
      if (interaction.attributes[count] !== undefined) need(NON_NEGATIVE.test(interaction.attributes[count]), `${count} is a non-negative integer`);
    }
    const sets = interaction.name === 'qti-match-interaction' ? all(interaction, 'qti-simple-match-set') : [interaction];
    if (interaction.name === 'qti-match-interaction') need(sets.length === 2, 'a match interaction has exactly two match sets');
    const choicesOf = (set: XmlElement) => set.children.filter((child) => child.name === 'qti-simple-choice' || child.name === 'qti-simple-associable-choice');
    for (const set of sets) {
      const ids = choicesOf(set).map((choice) => choice.attributes.identifier ?? '');
      need(ids.length > 0, 'each choice set has at least one choice');
      need(new Set(ids).size === ids.length, `choice identifiers are unique: ${ids.join(', ')}`);
      for (const id of ids) need(NCNAME.test(id), `choice identifier "${id}" is an NCName`);
      for (const choice of choicesOf(set)) {
        if (choice.attributes['match-max'] !== undefined) need(NON_NEGATIVE.test(choice.attributes['match-max']), 'match-max is a non-negative integer');
        if (choice.attributes.fixed !== undefined) need(BOOLEAN.test(choice.attributes.fixed), 'fixed is a boolean');
      }
    }
    const [source = new Set<string>(), target = new Set<string>()] = sets.map((set) => new Set(choicesOf(set).map((choice) => choice.attributes.identifier)));
    const values = response ? all(response, 'qti-value').map((value) => value) : [];
    need(values.length > 0, 'the correct response has at least one value');
    const baseType = response?.attributes['base-type'];
    const valueTexts = xml.match(/<qti-correct-response>([\s\S]*?)<\/qti-correct-response>/)?.[1]?.match(/<qti-value>([^<]*)<\/qti-value>/g) ?? [];
    for (const raw of valueTexts) {
      const value = decode(raw.replace(/<\/?qti-value>/g, ''));
      if (baseType === 'directedPair') {
        const [from = '', to = ''] = value.split(' ');
        need(source.has(from) && target.has(to), `directedPair "${value}" joins a choice of the first set to one of the second`);
      } else need(source.has(value), `correct value "${value}" is a choice of the interaction`);
    }
  }
  for (const processing of all(item, 'qti-response-processing')) {
    need(/^https?:\/\/\S+$/.test(processing.attributes.template ?? ''), 'response processing names its template by URI');
  }
  return problems;
}

export function manifestProblems(xml: string, files: readonly string[]): string[] {
  const problems: string[] = [];
  const manifest = parseXml(xml);
  const need = (ok: boolean, rule: string) => ok || problems.push(rule);
  need(manifest.name === 'manifest', 'the root is manifest');
  need(NCNAME.test(manifest.attributes.identifier ?? ''), `manifest identifier "${manifest.attributes.identifier}" is an NCName (xs:ID)`);
  const resources = all(manifest, 'resource');
  const ids = resources.map((resource) => resource.attributes.identifier ?? '');
  need(new Set([manifest.attributes.identifier, ...ids]).size === ids.length + 1, 'every identifier of the manifest is unique (xs:ID)');
  for (const resource of resources) {
    need(NCNAME.test(resource.attributes.identifier ?? ''), `resource identifier "${resource.attributes.identifier}" is an NCName (xs:ID)`);
    need(resource.attributes.type === 'imsqti_item_xmlv3p0', 'each resource is a QTI 3.0 item');
    for (const file of all(resource, 'file')) need(files.includes(file.attributes.href ?? ''), `file "${file.attributes.href}" is in the package`);
  }
  return problems;
}
