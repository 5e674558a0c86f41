import type { FunctionComponent } from 'preact';
import { BridgeBanner } from './components/BridgeBanner';
import { usePanel } from './context';
import type { MessageKey } from './i18n/en';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { LogsPage } from './pages/logs/LogsPage';
import { MappingPage } from './pages/mapping/MappingPage';
import { OffersPage } from './pages/offers/OffersPage';
import { ProductsPage } from './pages/products/ProductsPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { type Page, pages } from './router';

const pageViews: Record<Page, FunctionComponent> = {
  dashboard: DashboardPage,
  products: ProductsPage,
  offers: OffersPage,
  mapping: MappingPage,
  logs: LogsPage,
  settings: SettingsPage,
};

const pageIcons: Record<Page, string> = {
  dashboard: 'dashboard',
  products: 'cubes',
  offers: 'exchange',
  mapping: 'sitemap',
  logs: 'list',
  settings: 'cog',
};

const pageTitles: Record<Page, MessageKey> = {
  dashboard: 'nav.dashboard',
  products: 'nav.products',
  offers: 'nav.offers',
  mapping: 'nav.mapping',
  logs: 'nav.logs',
  settings: 'nav.settings',
};

/** Tabs like OpenCart's own (nav-tabs) above the current page; the page follows the URL hash. */
export function App() {
  const { router, t, connection } = usePanel();
  const current = router.route.value.page;
  const View = pageViews[current];
  return (
    <div class="meschain-ozon" data-page={current}>
      <ul class="nav nav-tabs meschain-tabs">
        {pages.map((page) => (
          <li class={page === current ? 'active' : ''} key={page}>
            <a href={router.href(page)} data-page-link={page}>
              <i class={`fa fa-${pageIcons[page]}`} /> {t(pageTitles[page])}
            </a>
          </li>
        ))}
      </ul>
      <BridgeBanner />
      <div class="meschain-page">
        {/* Remounted when the bridge comes back, so every widget loads again. */}
        <View key={`${current}-${connection.recoveries.value}`} />
      </div>
    </div>
  );
}
