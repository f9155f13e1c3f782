// Entry point: configure zod for a strict CSP (first import: no eval), load the page's language,
// then mount the app in place of the numbers the server rendered into #app.
import './lib/zod-config.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import { keepFirstView } from './lib/first-view.ts';
import { hasLanguage, i18n, preferredLanguage } from './lib/i18n.svelte.ts';
import { theme } from './lib/theme.svelte.ts';
import { fromSearch, toSearch } from './lib/view-url.ts';
import './app.css';

theme.restore();
const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
const initial = fromSearch(location.search).state;
const { lang } = initial;
await i18n.use(lang !== undefined && hasLanguage(lang) ? lang : preferredLanguage());
keepFirstView(target, toSearch(initial), i18n.lang);
target.replaceChildren();
mount(App, { target });
