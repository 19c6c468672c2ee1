import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';

import { server } from './mocks/server';

// jsdom lacks what Ant Design measures the screen with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    // Wide screen unless a test says otherwise (window.innerWidth drives nothing here), and a user
    // who asked for reduced motion: Ant Design animates nothing, so no test waits for a transition.
    matches: /min-width|prefers-reduced-motion: reduce/.test(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
for (const method of ['scrollIntoView', 'scrollTo'] as const) {
  Object.defineProperty(Element.prototype, method, { value: () => {}, writable: true });
}
// jsdom's getComputedStyle does not support pseudo-elements and says so on every call.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// A screen's first render loads its lazy chunk, which on a busy 2-core machine takes longer than
// Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
  window.sessionStorage.clear();
});
afterAll(() => server.close());
