/** The API's root router: one sub-router per domain noun. */
import { adminRouter } from './routers/admin.ts';
import { allianceRouter } from './routers/alliance.ts';
import { authRouter } from './routers/auth.ts';
import {
	contributionsRouter,
	eventsRouter,
	membershipsRouter,
	organisationsRouter,
	participationsRouter,
	reviewStepsRouter
} from './routers/edit.ts';
import { engagementRouter } from './routers/engagement.ts';
import { membersRouter } from './routers/members.ts';
import { referenceRouter } from './routers/reference.ts';
import { reviewRouter } from './routers/review.ts';
import { router } from './trpc.ts';

export const appRouter = router({
	reference: referenceRouter,
	alliance: allianceRouter,
	engagement: engagementRouter,
	review: reviewRouter,
	members: membersRouter,
	auth: authRouter,
	admin: adminRouter,
	organisations: organisationsRouter,
	memberships: membershipsRouter,
	events: eventsRouter,
	participations: participationsRouter,
	reviewSteps: reviewStepsRouter,
	contributions: contributionsRouter
});

/** The router's type: all a client needs (import it with `import type`). */
export type AppRouter = typeof appRouter;
