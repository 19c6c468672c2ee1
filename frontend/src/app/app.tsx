import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import type { RuntimeConfig } from '@/config/runtime-config';
import { createUserManager } from '@/lib/auth/user-manager';
import { createI18n } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/react-query';

import { AppProvider } from './provider';
import { routes } from './router';

export function App({ config }: { config: RuntimeConfig }) {
  const [userManager] = useState(() => createUserManager(config));
  const [i18n] = useState(() => createI18n());
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <AppProvider config={config} i18n={i18n} userManager={userManager} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
