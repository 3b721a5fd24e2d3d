import type { Catalog } from './catalog';
import { en } from './en';

/** Placeholder until translated. */
export const hi: Catalog = { ...en };
