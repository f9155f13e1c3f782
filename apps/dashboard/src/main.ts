// Entry point: configure zod for a strict CSP (first import: no eval), load the page's language,
// then mount the app in place of the numbers the server rendered into #app.
import './lib/zod-config.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import { hasLanguage, i18n, preferredLanguage } from './lib/i18n.svelte.ts';
import { fromSearch } from './lib/view-url.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
const { lang } = fromSearch(location.search).state;
await i18n.use(lang !== undefined && hasLanguage(lang) ? lang : preferredLanguage());
target.replaceChildren();
mount(App, { target });
