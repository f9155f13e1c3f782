/**
 * `auth.me`: who the request's session cookie belongs to (null when anonymous). Signing in and
 * out are plain HTTP routes of the server, since they set and clear the cookie.
 */
import { SessionUserOrNull } from '@untoc-alliance/schema';
import { publicProcedure, router } from '../trpc.ts';

export const authRouter = router({
	me: publicProcedure.output(SessionUserOrNull).query(({ ctx }) => ctx.user)
});
