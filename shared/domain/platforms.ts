import type { Locale } from './locale.js';

/**
 * Sites the service knows by name: their addresses, and the language of their reporting
 * form when it is known. Only the forum of the advice page is marked: its form and its
 * moderators are French (seeds/000: the red "!" icon on every message, or the contact
 * form, field Forum / Modération). For the others the notice comes in the victim's
 * language, with the other one beside it: their forms take either in France.
 */
export interface KnownPlatform {
  readonly id: string;
  readonly name: string;
  readonly hosts: readonly string[];
  /** Other names a victim writes, matched as whole words. */
  readonly aliases?: readonly string[];
  readonly language?: Locale;
  /** The advice page's own forum: its red "!" icon and its contact form. */
  readonly adviceForum?: true;
}

export const KNOWN_PLATFORMS: readonly KnownPlatform[] = [
  {
    id: 'jeuxvideo.com',
    name: 'jeuxvideo.com',
    hosts: ['jeuxvideo.com'],
    aliases: ['jvc', 'jeuxvideo'],
    language: 'fr',
    adviceForum: true,
  },
  { id: 'x', name: 'X (Twitter)', hosts: ['x.com', 'twitter.com'], aliases: ['x', 'twitter'] },
  { id: 'facebook', name: 'Facebook', hosts: ['facebook.com', 'fb.com'] },
  { id: 'instagram', name: 'Instagram', hosts: ['instagram.com'] },
  { id: 'tiktok', name: 'TikTok', hosts: ['tiktok.com'] },
  { id: 'youtube', name: 'YouTube', hosts: ['youtube.com', 'youtu.be'] },
  { id: 'snapchat', name: 'Snapchat', hosts: ['snapchat.com'] },
  { id: 'discord', name: 'Discord', hosts: ['discord.com', 'discord.gg'] },
  { id: 'twitch', name: 'Twitch', hosts: ['twitch.tv'] },
  { id: 'reddit', name: 'Reddit', hosts: ['reddit.com'] },
];

/** The host of an address, lower case without `www.`; undefined for anything else. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

const onHost = (host: string, platformHost: string) =>
  host === platformHost || host.endsWith(`.${platformHost}`);

/** A name or address as the victim typed it ("JVC", "jeuxvideo.com", a URL): the platform. */
export function platformOf(text: string | undefined): KnownPlatform | undefined {
  if (!text) return undefined;
  const lower = text.trim().toLowerCase();
  const host = hostOf(lower) ?? hostOf(`https://${lower.split(/[\s/,]/)[0]}`);
  return KNOWN_PLATFORMS.find(
    (p) =>
      (host !== undefined && p.hosts.some((h) => onHost(host, h))) ||
      p.hosts.some((h) => lower.includes(h)) ||
      lower === p.id ||
      lower === p.name.toLowerCase() ||
      (p.aliases ?? []).some((alias) =>
        new RegExp(`(^|[^\\p{L}\\p{N}.])${alias}($|[^\\p{L}\\p{N}.])`, 'u').test(lower),
      ),
  );
}

/**
 * Whether an item (a fact or an evidence item, its platform and address) is on the site a
 * report names: same known platform, or the same words when the site is not known.
 */
export function onSite(
  site: string,
  item: { readonly platform?: string; readonly url?: string },
): boolean {
  const known = platformOf(site);
  if (known) {
    const host = hostOf(item.url);
    if (host && known.hosts.some((h) => onHost(host, h))) return true;
    return platformOf(item.platform)?.id === known.id;
  }
  const wanted = site.trim().toLowerCase();
  const host = hostOf(item.url);
  return (
    (item.platform !== undefined && item.platform.trim().toLowerCase() === wanted) ||
    (host !== undefined && (host === wanted || wanted.includes(host)))
  );
}
