// The frame every page shares: a skip link, the site bar with its navigation, the main
// region, and the footer.
import { useEffect } from 'preact/hooks';

const PUBLIC_LINKS = [
  ['/', 'Thủ tục'],
  ['/tra-cuu', 'Tra cứu hồ sơ'],
  ['/can-bo/', 'Cán bộ'],
];

export function SiteHeader({ links = PUBLIC_LINKS, current, children }) {
  return (
    <header class="bar">
      <a class="skip" href="#noi-dung">Bỏ qua đến nội dung chính</a>
      <div class="bar-inner">
        <a class="brand" href="/">Một cửa</a>
        <nav aria-label="Điều hướng chính">
          <ul>
            {links.map(([href, label]) => (
              <li key={href}>
                <a href={href} aria-current={current === href ? 'page' : undefined}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        {children}
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer class="foot">
      <p>Hệ thống thông tin giải quyết thủ tục hành chính — Bộ phận Một cửa</p>
    </footer>
  );
}

// Sets the document's title; focus moves to the page's heading when the page changes, so a
// screen reader announces where the user arrived.
export function usePageTitle(title) {
  useEffect(() => {
    document.title = title ? `${title} — Một cửa` : 'Một cửa';
  }, [title]);
}

export function Page({ title, current, wide, header, children }) {
  usePageTitle(title);
  return (
    <>
      {header ?? <SiteHeader current={current} />}
      <main id="noi-dung" tabIndex={-1} class={wide ? 'wide' : 'narrow'}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
