/**
 * Imported first by main.ts so that it runs before any schema module is evaluated: zod must not
 * probe for `new Function` (JIT), which the Content-Security-Policy (no `unsafe-eval`) forbids.
 */
import * as z from 'zod';

z.config({ jitless: true });
