/**
 * The main menu. On narrow screens it folds into a `<details>` toggle, so it opens without
 * JavaScript; submenus are `<details>` too (click to open, nothing appears on hover alone).
 */
import { HOME_URL, safeLink } from "../../content/urls.ts";
import type { MenuItem } from "../view.ts";

/** "page" for the current page, "true" for the section containing it. */
export function currentState(itemUrl: string, currentPath: string): "page" | "true" | undefined {
  if (itemUrl === currentPath) return "page";
  if (itemUrl !== HOME_URL && itemUrl.startsWith("/") && currentPath.startsWith(itemUrl)) return "true";
  return undefined;
}

function Link({ item, currentPath }: { item: MenuItem; currentPath: string }) {
  // A menu address that is neither a site path nor https (it skipped the check) links nowhere.
  return (
    <a href={safeLink(item.url, { sitePath: true })} aria-current={currentState(item.url, currentPath)}>
      {item.label}
    </a>
  );
}

export function MainNav({ items, currentPath }: { items: MenuItem[]; currentPath: string }) {
  return (
    <nav class="main-nav" aria-label="Menu utama">
      <details class="menu">
        <summary>Menu</summary>
        <ul class="menu-list">
          {items.map((item) =>
            item.children?.length ? (
              <li class="has-sub">
                <details class="submenu">
                  <summary aria-current={currentState(item.url, currentPath) ? "true" : undefined}>
                    {item.label}
                  </summary>
                  <ul>
                    {!item.children.some((c) => c.url === item.url) && (
                      <li>
                        <Link item={item} currentPath={currentPath} />
                      </li>
                    )}
                    {item.children.map((child) => (
                      <li>
                        <Link item={child} currentPath={currentPath} />
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ) : (
              <li>
                <Link item={item} currentPath={currentPath} />
              </li>
            ),
          )}
        </ul>
      </details>
    </nav>
  );
}
