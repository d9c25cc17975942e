import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyTheme } from './lib/theme';
import './styles/app.css';

// The OS's palette for the very first paint; ThemeController (mounted by App) then owns the theme, so
// this one-off application stops following at once rather than fight a later override.
applyTheme('system')();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
