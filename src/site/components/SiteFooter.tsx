/** Contact details, service hours, social accounts and feeds. */
import { collectionUrl, FEED_URLS, safeLink, SEARCH_URL } from "../../content/urls.ts";
import type { SiteView } from "../view.ts";

const SOCIAL_LABELS: Record<string, string> = {
  facebook: "Facebook",
  instagram: "Instagram",
  x: "X",
  youtube: "YouTube",
  telegram: "Telegram",
  mastodon: "Mastodon",
  bluesky: "Bluesky",
};

export function SiteFooter({ site }: { site: SiteView }) {
  // Only https addresses become links, even if a value skipped the check.
  const social = Object.entries(site.social).flatMap(([key, url]) => {
    const href = safeLink(url);
    return href ? [[key, href] as const] : [];
  });
  return (
    <footer class="site-footer">
      <div class="wrap footer-grid">
        <div>
          <h2>{site.agency}</h2>
          <address>
            {site.address}
            <br />
            Telepon: <a href={`tel:${site.phone.replace(/[^0-9+]/g, "")}`}>{site.phone}</a>
            <br />
            Surel: <a href={`mailto:${site.email}`}>{site.email}</a>
          </address>
        </div>
        <div>
          <h2>Jam pelayanan</h2>
          <ul class="plain">
            {site.serviceHours.map((h) => (
              <li>
                {h.days}: {h.hours}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>Ikuti kami</h2>
          <ul class="plain">
            {social.map(([key, url]) => (
              <li>
                <a href={url} rel="me noopener">
                  {SOCIAL_LABELS[key] ?? key}
                </a>
              </li>
            ))}
            <li>
              {/* Feed formats named for readers; the format stays in the title for feed readers' users. */}
              Langganan berita:{" "}
              <a href={FEED_URLS.rss} title="RSS">
                umpan RSS
              </a>{" "}
              ·{" "}
              <a href={FEED_URLS.atom} title="Atom">
                umpan Atom
              </a>{" "}
              ·{" "}
              <a href={FEED_URLS.json} title="JSON Feed">
                umpan JSON
              </a>
            </li>
          </ul>
        </div>
        <div>
          <h2>Keterbukaan informasi</h2>
          <ul class="plain">
            <li>
              <a href={collectionUrl("informasi-publik")}>Daftar Informasi Publik</a>
            </li>
            <li>
              <a href={SEARCH_URL}>Pencarian</a>
            </li>
          </ul>
        </div>
      </div>
      <p class="wrap copyright">
        © {site.government} — {site.agency}
      </p>
    </footer>
  );
}
