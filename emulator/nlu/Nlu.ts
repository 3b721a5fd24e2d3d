import { LocaleNlu } from './LocaleNlu';
import { MODELS_DIR, readModel } from './model';

/** Language understanding for every locale that has an interaction model, built once per locale. */
export class Nlu {
  private readonly locales = new Map<string, Promise<LocaleNlu>>();

  constructor(private readonly modelsDir = MODELS_DIR) {}

  /** The understanding for one locale; rejects when the locale has no model. */
  forLocale(locale: string): Promise<LocaleNlu> {
    let nlu = this.locales.get(locale);
    if (nlu === undefined) {
      nlu = readModel(locale, this.modelsDir).then((model) => new LocaleNlu(locale, model));
      nlu.catch(() => this.locales.delete(locale));
      this.locales.set(locale, nlu);
    }
    return nlu;
  }
}
