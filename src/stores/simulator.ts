/**
 * The simulator's last valid scenario, kept for the next visit. Stored as the CLI's scenario JSON text and
 * read as plain text: it is checked with parseScenario when the simulator opens, never trusted.
 */
import { persistentAtom } from '@nanostores/persistent';

export const SIMULATOR_KEY = 'aip-c01:simulator:v1';

export const savedScenario = persistentAtom<string>(SIMULATOR_KEY, '');
