import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import './app/global.css';
import { loadRuntimeConfig } from './config/runtime-config';
import { applyLanguageSideEffects } from './hooks/use-language';
import { storedLanguage } from './lib/i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
const root = createRoot(container);
applyLanguageSideEffects(storedLanguage());

try {
  const config = await loadRuntimeConfig();
  root.render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
} catch (error) {
  // No config, no login: say so in both languages without any of the app's machinery.
  console.error(error);
  const message = document.createElement('pre');
  message.setAttribute('role', 'alert');
  message.style.cssText = 'margin:2rem;white-space:pre-wrap;font:16px system-ui,sans-serif';
  message.textContent =
    'Cấu hình ứng dụng không hợp lệ / The application configuration is invalid.\n\n' +
    String(error instanceof Error ? error.message : error);
  container.replaceChildren(message);
}
