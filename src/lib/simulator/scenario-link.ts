// A scenario in a link (`?scenario=`, base64url of the CLI's scenario JSON in UTF-8) and in storage, and which
// one the simulator opens with. Nothing read from outside is trusted: parseScenario checks it first.
import type { PriceData } from '../../core/pricing';
import { parseScenario, type Scenario } from '../../core/scenario';
import type { ValidationError } from '../../core/validation';

export const SCENARIO_PARAM = 'scenario';
/** A link to the simulator page on one of its presets, by id: what the presets' links are. */
export const PRESET_PARAM = 'preset';

export function encodeScenarioParam(json: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The JSON in a link parameter; undefined when it is not base64url of UTF-8 JSON. */
export function decodeScenarioParam(param: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(param)) return undefined;
  try {
    const binary = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/** Why a linked or stored scenario was not opened: not readable at all, or refused by parseScenario. */
export type OpenProblem = { source: 'link' | 'stored'; errors: ValidationError[] | null };

export interface OpenedScenario {
  json: unknown;
  scenario: Scenario;
  problem: OpenProblem | null;
}

function accept(json: unknown, prices: PriceData): { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] | null } {
  if (json === undefined) return { ok: false, errors: null };
  const parsed = parseScenario(json, prices);
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors };
}

function readJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The scenario to open: the link's, else the stored one, else the fallback. A link that cannot be opened
 * wins over storage all the same (the reader asked for it) and opens the fallback with the reason.
 */
export function openScenario(
  { param, stored, fallback }: { param: string | null; stored: string | null; fallback: unknown },
  prices: PriceData,
): OpenedScenario {
  const opened = (json: unknown, problem: OpenProblem | null): OpenedScenario => {
    const parsed = parseScenario(json, prices);
    if (!parsed.ok) throw new Error('the fallback scenario is invalid');
    return { json, scenario: parsed.scenario, problem };
  };
  if (param !== null) {
    const json = decodeScenarioParam(param);
    const accepted = accept(json, prices);
    return accepted.ok ? { json, scenario: accepted.scenario, problem: null } : opened(fallback, { source: 'link', errors: accepted.errors });
  }
  if (stored) {
    const json = readJsonText(stored);
    const accepted = accept(json, prices);
    return accepted.ok ? { json, scenario: accepted.scenario, problem: null } : opened(fallback, { source: 'stored', errors: accepted.errors });
  }
  return opened(fallback, null);
}
