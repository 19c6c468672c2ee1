import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntdApp, Button, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import type { i18n as I18n } from 'i18next';
import type { UserManager } from 'oidc-client-ts';
import { useCallback, useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';

import { ErrorBoundary } from '@/components/error-boundary';
import { FullPageLoading, FullPageMessage } from '@/components/full-page-state';
import { paths } from '@/config/paths';
import type { RuntimeConfig } from '@/config/runtime-config';
import { useLanguage } from '@/hooks/use-language';
import { ApiClientProvider } from '@/lib/api-context';
import { AuthProvider } from '@/lib/auth/auth-provider';

const appTheme = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#237804',
    colorLink: '#1d5c03',
    borderRadius: 6,
    fontFamily:
      "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
  },
  components: {
    // The derived selection colour of this green is a dull grey; name a clear one instead.
    Menu: { itemSelectedBg: '#e4f3d6', itemSelectedColor: '#135200', itemActiveBg: '#f0f7e9' },
  },
};

// People who ask their system for less motion get no animations (and e2e screenshots are stable).
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const themeConfig = reducedMotion
  ? { ...appTheme, token: { ...appTheme.token, motion: false } }
  : appTheme;

function AntdConfig({ children }: { children: ReactNode }) {
  const [language] = useLanguage();
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={themeConfig}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

/** Texts, Ant Design's locale and theme: everything the screens need besides data and login. */
export function UiProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <AntdConfig>{children}</AntdConfig>
    </I18nextProvider>
  );
}

function UnexpectedError() {
  const { t } = useTranslation();
  return (
    <FullPageMessage
      status="500"
      title={t('errors.unexpectedTitle')}
      subTitle={t('errors.unexpectedBody')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      }
    />
  );
}

function LoginFailed({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  useEffect(() => console.error('Login failed', error), [error]);
  return (
    <FullPageMessage
      status="warning"
      title={t('auth.failed')}
      subTitle={t('auth.failedBody')}
      extra={
        <Button type="primary" onClick={retry}>
          {t('auth.retry')}
        </Button>
      }
    />
  );
}

const isPublicPath = (pathname: string) => pathname === paths.loggedOut;

function Session({
  userManager,
  apiBaseUrl,
  children,
}: {
  userManager: UserManager;
  apiBaseUrl: string;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const uiLocale = useCallback(() => i18n.language, [i18n]);
  return (
    <AuthProvider
      userManager={userManager}
      isPublicPath={isPublicPath}
      uiLocale={uiLocale}
      fallback={<FullPageLoading label={t('auth.connecting')} />}
      ErrorFallback={LoginFailed}
    >
      <ApiClientProvider baseUrl={apiBaseUrl}>{children}</ApiClientProvider>
    </AuthProvider>
  );
}

export function AppProvider({
  config,
  i18n,
  userManager,
  queryClient,
  children,
}: {
  config: RuntimeConfig;
  i18n: I18n;
  userManager: UserManager;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <UiProvider i18n={i18n}>
      <ErrorBoundary fallback={() => <UnexpectedError />}>
        <Session userManager={userManager} apiBaseUrl={config.apiBaseUrl}>
          <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
        </Session>
      </ErrorBoundary>
    </UiProvider>
  );
}
