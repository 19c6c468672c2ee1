import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Progress, Tooltip } from 'antd';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';

import { ListLoading } from '@/components/list-state';
import { paths } from '@/config/paths';
import { useAuth, useUser } from '@/lib/auth/auth-context';

import { LanguageSwitch } from './language-switch';
import { SideNav } from './side-nav';
import { UserBadge } from './user-badge';

const HEADER_BACKGROUND = '#135200';

/**
 * The shell of every logged-in screen: header (name, role, language, logout), the role's
 * navigation as a sider on wide screens and a drawer on phones, and the page in `<main>`.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const { logout } = useAuth();
  const screens = Grid.useBreakpoint();
  // useBreakpoint is empty on the first render; assume a wide screen until it knows.
  const narrow = screens.lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const main = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  // After a route change, move focus to the new page so keyboard and screen-reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [pathname]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="ntm-skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          background: HEADER_BACKGROUND,
          color: '#fff',
          paddingInline: narrow ? 12 : 24,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
        }}
      >
        {narrow ? (
          <Button
            type="text"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            aria-label={t('app.openMenu')}
            aria-expanded={drawerOpen}
            onClick={() => setDrawerOpen(true)}
          />
        ) : null}
        <Link to={paths.home} className="ntm-app-name">
          {narrow ? t('app.shortName') : t('app.name')}
        </Link>
        <Flex
          align="center"
          gap={narrow ? 8 : 16}
          style={{ marginInlineStart: 'auto', minWidth: 0 }}
        >
          {narrow ? null : <UserBadge user={user} />}
          <LanguageSwitch />
          <Tooltip title={narrow ? t('header.logout') : undefined}>
            <Button
              icon={<LogoutOutlined />}
              onClick={() => void logout()}
              aria-label={narrow ? t('header.logout') : undefined}
              ghost
            >
              {narrow ? null : t('header.logout')}
            </Button>
          </Tooltip>
        </Flex>
      </Layout.Header>
      {navigation.state === 'loading' ? (
        <Progress
          percent={100}
          status="active"
          showInfo={false}
          size={{ height: 3 }}
          style={{ position: 'fixed', top: 64, left: 0, right: 0, zIndex: 11, lineHeight: 0 }}
          aria-label={t('states.loading')}
        />
      ) : null}
      <Layout hasSider={!narrow}>
        {narrow ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('app.menuTitle')}
            size={280}
            styles={{ body: { padding: 0 } }}
          >
            <div style={{ padding: 16, borderBottom: '1px solid #f0f0f0' }}>
              <UserBadge user={user} />
            </div>
            <SideNav onNavigate={() => setDrawerOpen(false)} />
          </Drawer>
        ) : (
          <Layout.Sider
            width={248}
            theme="light"
            style={{
              borderInlineEnd: '1px solid #f0f0f0',
              position: 'sticky',
              top: 64,
              height: 'calc(100vh - 64px)',
              overflow: 'auto',
            }}
          >
            <SideNav />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: narrow ? 16 : 24, minWidth: 0 }}>
          {/* Layout.Content is the page's <main>; this div takes the focus after navigation. */}
          <div
            id="main-content"
            ref={main}
            tabIndex={-1}
            style={{ outline: 'none', maxWidth: 1280 }}
          >
            <Suspense fallback={<ListLoading />}>
              <Outlet />
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
