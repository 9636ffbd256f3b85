import { Injectable } from '@nestjs/common';
import { IscoRepository } from '#persistence/repositories/isco.repository.js';
import { MunicipalityRepository } from '#persistence/repositories/municipality.repository.js';
import { iscoTitle, negotiateLocale, render, type Locale, type NameResolvers } from '#matching/messages/index.js';
import { readerMessageCode, type Reader } from '#matching/messages/readers.js';
import type { Statement } from './models/statement.model.js';

/**
 * Renders codes from the matching core into the reader's language through the message catalogues; the only
 * way newcomer-facing text is made. Municipality names and ISCO titles are filled in by the formatter.
 */
@Injectable()
export class StatementsService {
  private names: Promise<NameResolvers> | null = null;

  constructor(
    private readonly municipalities: MunicipalityRepository,
    private readonly isco: IscoRepository,
  ) {}

  /** The language from an explicit argument, else the Accept-Language header, else English. */
  locale(requested: string | null | undefined, acceptLanguage: string | undefined): Locale {
    return negotiateLocale(requested || acceptLanguage || null);
  }

  async say(code: string, params: Readonly<Record<string, unknown>>, locale: Locale): Promise<Statement> {
    const rendered = render(code, params, locale, { names: await this.resolvers() });
    return { code, params: params as object, text: rendered.text, locale: rendered.locale, missing: rendered.missing };
  }

  /**
   * Renders `code` for `reader` (its catalogue key `readerMessageCode(code, reader)`: the municipality's or the
   * officer's own words). The statement keeps the base `code` and its `params` as data.
   */
  async sayAs(reader: Reader, code: string, params: Readonly<Record<string, unknown>>, locale: Locale): Promise<Statement> {
    const rendered = render(readerMessageCode(code, reader), params, locale, { names: await this.resolvers() });
    return { code, params: params as object, text: rendered.text, locale: rendered.locale, missing: rendered.missing };
  }

  /**
   * Renders a list of statements for the newcomer (the base catalogue), each sentence once (`distinctStatements`):
   * two items that read the same in `locale` (the same fact about two members) are shown once, the first kept.
   */
  async sayAll(items: readonly { code: string; params: Readonly<Record<string, unknown>> }[], locale: Locale): Promise<Statement[]> {
    return distinctStatements(await Promise.all(items.map((item) => this.say(item.code, item.params, locale))));
  }

  /** Renders a list of statements for `reader` (`sayAs`), each sentence once (`distinctStatements`). */
  async sayAllAs(reader: Reader, items: readonly { code: string; params: Readonly<Record<string, unknown>> }[], locale: Locale): Promise<Statement[]> {
    return distinctStatements(await Promise.all(items.map((item) => this.sayAs(reader, item.code, item.params, locale))));
  }

  /** The name of a municipality by CBS code (current or retired), from the names the texts use; the code when unknown. */
  async municipalityName(code: string): Promise<string> {
    return (await this.resolvers()).municipality?.(code) ?? code;
  }

  /** Names loaded once and kept; a failed load is not kept, so the next statement tries again. */
  private resolvers(): Promise<NameResolvers> {
    this.names ??= this.loadNames().catch((error: unknown) => {
      this.names = null;
      throw error;
    });
    return this.names;
  }

  private async loadNames(): Promise<NameResolvers> {
    const [municipalities, occupations] = await Promise.all([this.municipalities.find({ includeRetired: true }), this.isco.all()]);
    const municipalityNames = new Map(municipalities.map((m) => [m.cbsCode, m.name]));
    const titles = new Map(occupations.map((o) => [o.code, { en: o.title, nl: o.titleNl }]));
    // ISCO titles: Dutch for nl, English for en, Dutch with English marked as the official titles for ar and uk
    // (iscoTitle; no official Arabic or Ukrainian source exists).
    return {
      municipality: (id: string) => municipalityNames.get(id),
      isco: (code: string, locale: Locale) => {
        const t = titles.get(code);
        return t ? iscoTitle(t, locale) : undefined;
      },
    };
  }
}

/**
 * A list of statements never shows the same sentence twice (issue 11: each fact once). Two statements are the same
 * when their rendered text and language are the same, whatever their codes or parameters (reasons about two members,
 * or with different parameters the sentence does not show, read the same); the first is kept, order otherwise kept.
 * The one rule for every list a reader gets: `StatementsService.sayAll` and `sayAllAs` apply it.
 */
export function distinctStatements<S extends { readonly text: string; readonly locale: string }>(statements: readonly S[]): S[] {
  const seen = new Set<string>();
  return statements.filter((s) => {
    const key = `${s.locale}\u0000${s.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
