import type { en } from './en';

/** A message with plural forms, chosen by Intl.PluralRules for the `count` variable. */
export interface PluralMessage {
  readonly one: string;
  readonly other: string;
  readonly few?: string;
  readonly many?: string;
}

/** The shape every language's catalog must satisfy: exactly the English keys, same kinds of entry. */
export type Catalog = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : PluralMessage;
};

export type MessageKey = keyof Catalog;
