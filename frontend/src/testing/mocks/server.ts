import { setupServer } from 'msw/node';

/** No default handlers: each test declares the answers it relies on, and anything else fails. */
export const server = setupServer();
