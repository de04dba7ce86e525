import { z } from 'zod';

// The site's CSP forbids eval. Zod's compiled fast path probes `Function('')` when a schema is built,
// which the browser reports as a CSP violation on every page that validates (the studio), so every
// schema is built from this configured instance.
z.config({ jitless: true });

export { z };
