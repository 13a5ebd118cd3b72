import './app/app.css';
import './i18n/i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyStoredTheme } from './lib/theme-store.ts';

// Before the first render, so the first paint is already in the chosen theme (no inline script: CSP).
applyStoredTheme();

const root = document.getElementById('root');
if (!root) throw new Error('Switchboard: #root element missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
