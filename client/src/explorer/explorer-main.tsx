import '@mantine/core/styles.css';
import 'graphiql/style.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { theme } from '../app/theme.ts';
import { initI18n } from '../i18n/i18n.ts';
import { ExplorerPage } from './explorer-page.tsx';

// The explorer's own entry (explorer.html, served by the gateway at /explorer): none of the
// portal app's session, router or Apollo Client.
const root = document.getElementById('root');
if (!root) throw new Error('explorer.html has no #root element');
await initI18n();

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ExplorerPage />
    </MantineProvider>
  </StrictMode>,
);
