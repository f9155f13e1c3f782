// Entry point: configure zod for a strict CSP (first import: no eval), then mount the overview.
import './lib/zod-config.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
mount(App, { target });
