/**
 * The view state in the URL: the `DashboardFilter` plus per-view parameters, parsed field by field
 * so that one bad value is reported (naming the parameter and the value) while the rest applies.
 * Lists are comma-separated; defaults are left out of the URL.
 */
import * as z from 'zod';
import { DashboardFilter, filterKeys, filterShape } from './filter.ts';
import { Id } from './scalars.ts';
import { Interval } from './vocabulary.ts';

/**
 * A BCP 47 language tag as the URL carries it (`lang=ur`, `lang=en-GB`): a language subtag and
 * optional subtags. Which languages exist is the dashboard's business (its catalogues).
 */
export const LanguageTag = z
	.string()
	.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
		error: 'Not a language tag (like "en" or "ur")'
	})
	.meta({ description: 'BCP 47 language tag, e.g. "ur"' });
export type LanguageTag = z.infer<typeof LanguageTag>;

/** The views that have a printable brief (`view=` in the URL of `/brief`). */
export const BriefView = z
	.enum(['overview', 'alliance', 'engagement', 'review'], {
		error: 'Not a view with a brief (overview, alliance, engagement or review)'
	})
	.meta({ description: 'The view a printable brief summarises' });
export type BriefView = z.infer<typeof BriefView>;

export const ViewState = z.object({
	filter: DashboardFilter,
	interval: Interval,
	/** The member whose panel is open (`member=` in the URL), a membership id. */
	member: Id.optional(),
	/** The event whose page is open (`event=` in the URL), an event id. */
	event: Id.optional(),
	/** The page's language (`lang=` in the URL); absent: the browser's preference. */
	lang: LanguageTag.optional(),
	/** The view the printable brief summarises (`view=` in the URL of `/brief`). */
	view: BriefView.optional()
});
export type ViewState = z.infer<typeof ViewState>;

/** A URL value that was not applied, and why. */
export interface ViewStateProblem {
	param: string;
	value: string;
	message: string;
}

const listKeys = new Set<string>(['sectors', 'regions', 'themes']);
const defaultInterval: Interval = 'month';

function firstMessage(error: z.ZodError): string {
	return error.issues[0]?.message ?? 'Invalid value';
}

function parseList(
	key: 'sectors' | 'regions' | 'themes',
	raw: string,
	problems: ViewStateProblem[]
) {
	const item = filterShape[key].unwrap().element;
	const values: string[] = [];
	for (const value of raw
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean)) {
		const parsed = item.safeParse(value);
		if (!parsed.success) problems.push({ param: key, value, message: firstMessage(parsed.error) });
		else if (!values.includes(parsed.data)) values.push(parsed.data);
	}
	return values.length > 0 ? values : undefined;
}

/** Reads the view state from URL search parameters; never throws. */
export function parseViewState(params: URLSearchParams): {
	state: ViewState;
	problems: ViewStateProblem[];
} {
	const problems: ViewStateProblem[] = [];
	const filter: Record<string, unknown> = {};
	for (const key of filterKeys) {
		const raw = params.get(key);
		if (raw === null || raw === '') continue;
		if (listKeys.has(key)) {
			filter[key] = parseList(key as 'sectors' | 'regions' | 'themes', raw, problems);
			continue;
		}
		const parsed = filterShape[key].safeParse(raw);
		if (parsed.success) filter[key] = parsed.data;
		else problems.push({ param: key, value: raw, message: firstMessage(parsed.error) });
	}
	const checked = DashboardFilter.safeParse(filter);
	if (!checked.success) {
		// Only the cross-field rule can fail here: drop the period's end and report it.
		problems.push({
			param: 'to',
			value: String(filter['to']),
			message: firstMessage(checked.error)
		});
		delete filter['to'];
	}
	const rawInterval = params.get('interval');
	const interval = rawInterval ? Interval.safeParse(rawInterval) : null;
	if (interval && !interval.success)
		problems.push({
			param: 'interval',
			value: rawInterval ?? '',
			message: firstMessage(interval.error)
		});
	const state: ViewState = {
		filter: DashboardFilter.parse(filter),
		interval: interval?.success ? interval.data : defaultInterval
	};
	for (const key of ['member', 'event'] as const) {
		const raw = params.get(key);
		if (raw === null || raw === '') continue;
		const parsed = Id.safeParse(/^\d+$/.test(raw) ? Number(raw) : raw);
		if (parsed.success) state[key] = parsed.data;
		else problems.push({ param: key, value: raw, message: `Not an id (a positive whole number)` });
	}
	const rawLang = params.get('lang');
	if (rawLang !== null && rawLang !== '') {
		const lang = LanguageTag.safeParse(rawLang);
		if (lang.success) state.lang = lang.data;
		else problems.push({ param: 'lang', value: rawLang, message: firstMessage(lang.error) });
	}
	const rawView = params.get('view');
	if (rawView !== null && rawView !== '') {
		const view = BriefView.safeParse(rawView);
		if (view.success) state.view = view.data;
		else problems.push({ param: 'view', value: rawView, message: firstMessage(view.error) });
	}
	return { state, problems };
}

/** Writes a view state as URL search parameters, leaving out empty fields and defaults. */
export function serializeViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of filterKeys) {
		const value = state.filter[key];
		if (value === undefined) continue;
		params.set(key, Array.isArray(value) ? value.join(',') : String(value));
	}
	if (state.interval !== defaultInterval) params.set('interval', state.interval);
	if (state.member !== undefined) params.set('member', String(state.member));
	if (state.event !== undefined) params.set('event', String(state.event));
	if (state.lang !== undefined) params.set('lang', state.lang);
	if (state.view !== undefined) params.set('view', state.view);
	return params;
}
