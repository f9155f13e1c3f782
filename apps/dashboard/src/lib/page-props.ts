import type { VocabularyOutput } from '@untoc-alliance/schema';
import type { Query } from './query.svelte.ts';
import type { Route } from './route.svelte.ts';
import type { Session } from './session.svelte.ts';
import type { DashboardApi } from './trpc.ts';
import type { UrlState } from './url-state.svelte.ts';

/** Props every page gets from the app shell. */
export interface PageProps {
	client: DashboardApi;
	url: UrlState;
	route: Route;
	vocabulary: Query<VocabularyOutput>;
	/** Who is signed in; `session.can('editor')` before showing a control that writes. */
	session: Session;
}
