import '@mantine/core/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo/create-apollo-client.ts';
import { createLiveConnection, liveUrl } from './apollo/live-connection.ts';
import { LiveConnectionProvider } from './apollo/live-context.tsx';
import { createRouter } from './app/create-router.tsx';
import { theme } from './app/theme.ts';
import { webLockRunner } from './auth/exclusive-runner.ts';
import { createSessionApi } from './auth/session-api.ts';
import { SessionProvider } from './auth/session-context.tsx';
import { SessionManager } from './auth/session-manager.ts';
import { browserStorages } from './auth/stored-session.ts';
import { TokenStore } from './auth/token-store.ts';
import { initI18n } from './i18n/i18n.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The texts are bundled, so this resolves at once; awaiting it avoids a first paint with keys.
await initI18n();
const storages = browserStorages();
const session = new SessionManager(new TokenStore(storages), { exclusive: webLockRunner });
// Subscriptions (live order and quote updates) over graphql-ws on the same /graphql; lazy, so
// a socket is open only while a page subscribes.
const live = createLiveConnection({
  url: liveUrl(window.location),
  accessToken: () => session.accessTokenForRequest(),
});
const client = createApolloClient(session, live);
session.connect(createSessionApi(client));
// Personal data must not outlive the session in the cache (a shared computer, a new user).
session.onSessionEnd(() => void client.clearStore());
// Nor may an open socket keep the ended session's identity: it reconnects with the new token.
session.onSessionEnd(() => live.client.terminate());
session.listenToOtherTabs(window, storages.remembered);
// A stored session is renewed in the background; protected pages wait for it (ProtectedRoute)
// and every request waits for it in the auth link, public pages render at once.
void session.start();
const router = createRouter();

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <SessionProvider manager={session}>
        <ApolloProvider client={client}>
          <LiveConnectionProvider connection={live}>
            <RouterProvider router={router} />
          </LiveConnectionProvider>
        </ApolloProvider>
      </SessionProvider>
    </MantineProvider>
  </StrictMode>,
);
