/**
 * The colour theme: follow the system (`prefers-color-scheme`), or always light or dark. The choice
 * is remembered in localStorage (`untoc-theme`) and applied as `data-theme` on `<html>` (none for
 * "system"), which app.css reads. The stored value is input like any other: a value that is not one
 * of the three choices is ignored.
 */
import * as z from 'zod';

/** The theme choices, in the order the switch offers them. */
export const ThemeChoice = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof ThemeChoice>;

/** The localStorage key of the choice. */
export const themeKey = 'untoc-theme';

/** The remembered choice, or "system" when there is none, storage is unavailable or it holds junk. */
export function storedTheme(storage: Storage | undefined = globalThis.localStorage): ThemeChoice {
	try {
		const parsed = ThemeChoice.safeParse(storage?.getItem(themeKey));
		return parsed.success ? parsed.data : 'system';
	} catch {
		return 'system';
	}
}

/** Shows `choice` on `root`: `data-theme="light"` or `"dark"`, no attribute for "system". */
export function applyTheme(
	choice: ThemeChoice,
	root: HTMLElement = document.documentElement
): void {
	if (choice === 'system') root.removeAttribute('data-theme');
	else root.dataset['theme'] = choice;
}

class Theme {
	choice = $state<ThemeChoice>('system');

	/** Reads the remembered choice and applies it (main.ts, before the app mounts). */
	restore(storage: Storage | undefined = globalThis.localStorage): void {
		this.choice = storedTheme(storage);
		applyTheme(this.choice);
	}

	/** Switches to `choice`, applies it and remembers it ("system" forgets the choice). */
	use(choice: ThemeChoice, storage: Storage | undefined = globalThis.localStorage): void {
		this.choice = choice;
		applyTheme(choice);
		try {
			if (choice === 'system') storage?.removeItem(themeKey);
			else storage?.setItem(themeKey, choice);
		} catch {
			// Storage may be full or forbidden (private mode): the choice holds for this page only.
		}
	}
}

export const theme = new Theme();
