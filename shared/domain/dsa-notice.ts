import type { PlatformReport } from './case-state.js';
import type { HarassmentKind } from './harassment-kinds.js';
import type { Locale } from './locale.js';
import type { OtherOffence } from './offences.js';
import { type KnownPlatform, onSite, platformOf } from './platforms.js';

/**
 * What a notice under art. 16(2) of Regulation (EU) 2022/2065 (the Digital Services Act)
 * holds, as the case knows it (CELEX 32022R2065, art. 16(2); EUR-Lex itself is not in the
 * stored corpus: read through demo.codeliance.com's verbatim copy of art. 16):
 * (a) "a sufficiently substantiated explanation of the reasons why the individual or
 *     entity alleges the information in question to be illegal content": the harassment
 *     and the offences named, with the facts on this site;
 * (b) "a clear indication of the exact electronic location of that information, such as
 *     the exact URL or URLs": every address of a fact or item on this site;
 * (c) "the name and email address of the individual or entity submitting the notice";
 * (d) "a statement confirming the bona fide belief [...] that the information and
 *     allegations contained therein are accurate and complete": in the text, always.
 * The words are in `shared/i18n/dsa-notice.ts`.
 */
export interface DsaNotice {
  readonly reportId?: string;
  readonly site: string;
  readonly platform?: KnownPlatform;
  /** The platform's language when known, else the victim's. */
  readonly locale: Locale;
  readonly kinds: readonly HarassmentKind[];
  readonly offences: readonly OtherOffence[];
  /** The facts on this site, oldest first. */
  readonly facts: readonly NoticeFact[];
  /** Art. 16(2)(b): the exact addresses, each once. */
  readonly urls: readonly string[];
  /** Art. 16(2)(c): absent name when the victim has given none yet. */
  readonly notifier: { readonly name?: string; readonly email: string };
  /** The evidence on this site (never the medical certificate): name and SHA-256. */
  readonly evidence: readonly NoticeEvidence[];
}

export interface NoticeFact {
  readonly occurredAt: string;
  readonly description: string;
  readonly authorPseudonym?: string;
  readonly url?: string;
}

export interface NoticeEvidence {
  readonly number: number;
  /** The file name, or the address for a link. */
  readonly name: string;
  readonly sha256?: string;
}

/**
 * What a notice is made from: the case view (`toCaseView`) has all of it, for the API and
 * the case page alike.
 */
export interface NoticeSource {
  readonly locale: Locale;
  readonly email: string;
  readonly displayName?: string | null;
  readonly identity?: { readonly fullName?: string } | null;
  readonly harassmentKinds: readonly HarassmentKind[];
  readonly offences: { readonly named: readonly OtherOffence[] };
  readonly facts: readonly {
    readonly occurredAt: string;
    readonly description: string;
    readonly platform?: string | null;
    readonly authorPseudonym?: string | null;
    readonly url?: string | null;
  }[];
  readonly evidence: readonly {
    readonly number: number;
    readonly kind: string;
    readonly fileName?: string | null;
    readonly url?: string | null;
    readonly platform?: string | null;
    readonly sha256?: string | null;
  }[];
}

const where = (item: { platform?: string | null; url?: string | null }) => ({
  platform: item.platform ?? undefined,
  url: item.url ?? undefined,
});

/** The notice for one report of the case. */
export function dsaNoticeOf(source: NoticeSource, report: PlatformReport): DsaNotice {
  const platform = platformOf(report.site);
  const facts = source.facts
    .filter((f) => onSite(report.site, where(f)))
    .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
  // Health data stays out of what goes to a platform.
  const items = source.evidence.filter(
    (e) => e.kind !== 'medical-certificate' && onSite(report.site, where(e)),
  );
  const urls = [
    ...new Set(
      [...facts.map((f) => f.url), ...items.map((e) => e.url)].filter(
        (url): url is string => typeof url === 'string',
      ),
    ),
  ];
  const name = source.identity?.fullName ?? source.displayName ?? undefined;
  return {
    ...(report.reportId ? { reportId: report.reportId } : {}),
    site: report.site,
    ...(platform ? { platform } : {}),
    locale: platform?.language ?? source.locale,
    kinds: source.harassmentKinds,
    offences: source.offences.named,
    facts: facts.map(({ occurredAt, description, authorPseudonym, url }) => ({
      occurredAt,
      description,
      ...(authorPseudonym ? { authorPseudonym } : {}),
      ...(url ? { url } : {}),
    })),
    urls,
    notifier: { ...(name ? { name } : {}), email: source.email },
    evidence: items.map((e) => ({
      number: e.number,
      name: e.kind === 'link' ? (e.url ?? '') : (e.fileName ?? `#${e.number}`),
      ...(e.sha256 ? { sha256: e.sha256 } : {}),
    })),
  };
}
