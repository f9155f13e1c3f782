/**
 * Whether the charts are drawn on the dark surface: the theme switch's choice (lib/theme.svelte.ts),
 * or the system's preference when the choice is "system". Sequential ramps (tile map, heatmap) need
 * it: on the dark surface they run from a mid blue to near white, so every cell keeps 3:1 against
 * the surface. Read it in a `$derived` or template and the charts follow a switch of theme.
 */
import { theme } from '../theme.svelte.ts';

const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
let systemDark = $state(media?.matches ?? false);
media?.addEventListener('change', (event) => {
	systemDark = event.matches;
});

/** True when the page shows the dark theme. */
export function darkScheme(): boolean {
	return theme.choice === 'dark' || (theme.choice === 'system' && systemDark);
}
