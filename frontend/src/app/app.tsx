import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import type { RuntimeConfig } from '@/config/runtime-config';
import { createUserManager } from '@/lib/auth/user-manager';
import { createI18n } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/react-query';

import { AppProvider } from './provider';
import { routes } from './router';

/**
 * Created once the login is settled: the router reads the address bar when it is made, and the
 * login callback has just replaced `/?code=…` with the page the user was heading for.
 */
function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}

export function App({ config }: { config: RuntimeConfig }) {
  const [userManager] = useState(() => createUserManager(config));
  const [i18n] = useState(() => createI18n());
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProvider config={config} i18n={i18n} userManager={userManager} queryClient={queryClient}>
      <AppRouter />
    </AppProvider>
  );
}
