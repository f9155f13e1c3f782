import type { AdminUser, AuditPage, SessionUser, VocabularyOutput } from '@untoc-alliance/schema';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import AdminPage from '../../pages/AdminPage.svelte';
import SignInPage from '../../pages/SignInPage.svelte';
import { Query } from '../query.svelte.ts';
import { Route } from '../route.svelte.ts';
import { Session } from '../session.svelte.ts';
import { i18n } from '../i18n.svelte.ts';
import type { DashboardApi } from '../trpc.ts';
import { UrlState } from '../url-state.svelte.ts';
import type { AdminApi } from './admin-api.ts';
import type { AuthApi, SignInResult } from './auth-api.ts';
import { rememberReturn } from './return-to.ts';

const ada: SessionUser = { id: 1, email: 'ada@example.org', name: 'Ada', role: 'admin' };
const bo: SessionUser = { id: 2, email: 'bo@example.org', name: 'Bo', role: 'analyst' };

async function props(path: string, user: SessionUser | null) {
	window.history.replaceState(null, '', path);
	const me = vi.fn(() => Promise.resolve(user));
	const session = new Session({ me });
	await session.refresh();
	return {
		client: {} as DashboardApi,
		url: new UrlState(window),
		route: new Route(window),
		vocabulary: new Query<VocabularyOutput>(),
		session,
		me
	};
}

beforeEach(() => sessionStorage.clear());
afterEach(() => i18n.use('en'));

describe('SignInPage', () => {
	test('shows the schema messages inline and sends nothing while the form is invalid', async () => {
		const auth: AuthApi = { signIn: vi.fn(), signOut: vi.fn() };
		const { getByRole, getByLabelText, getByText } = render(SignInPage, {
			...(await props('/signin', null)),
			auth
		});
		await fireEvent.click(getByRole('button', { name: 'Sign in' }));
		expect(getByText('Not an e-mail address')).toBeTruthy();
		expect(getByText('Enter the password')).toBeTruthy();
		const email = getByLabelText('E-mail');
		expect(email.getAttribute('aria-invalid')).toBe('true');
		expect(email.getAttribute('aria-describedby')).toBe('signin-email-error');
		await waitFor(() => expect(document.activeElement).toBe(email));
		expect(auth.signIn).not.toHaveBeenCalled();
	});

	test("shows the server's message on 401 and clears the password", async () => {
		const auth: AuthApi = {
			signIn: vi.fn(() =>
				Promise.resolve({
					ok: false as const,
					status: 401,
					message: 'E-mail or password is wrong',
					issues: []
				})
			),
			signOut: vi.fn()
		};
		const { getByRole, getByLabelText } = render(SignInPage, {
			...(await props('/signin', null)),
			auth
		});
		await fireEvent.input(getByLabelText('E-mail'), { target: { value: 'Ada@Example.org' } });
		await fireEvent.input(getByLabelText('Password'), { target: { value: 'wrong' } });
		await fireEvent.click(getByRole('button', { name: 'Sign in' }));
		await waitFor(() => expect(getByRole('alert').textContent).toBe('E-mail or password is wrong'));
		expect(auth.signIn).toHaveBeenCalledWith({ email: 'ada@example.org', password: 'wrong' });
		expect((getByLabelText('Password') as HTMLInputElement).value).toBe('');
	});

	test("in Urdu: labels, the schema's checks and the server's refusals in Urdu", async () => {
		await i18n.use('ur');
		const refusals: SignInResult[] = [
			{ ok: false, status: 401, message: 'E-mail or password is wrong', issues: [] },
			{
				ok: false,
				status: 429,
				message: 'Too many failed sign-ins: try again in 2 minutes',
				issues: []
			}
		];
		const auth: AuthApi = {
			signIn: vi.fn(() => Promise.resolve(refusals.shift() ?? { ok: true as const, user: ada })),
			signOut: vi.fn()
		};
		const { getByRole, getByLabelText, getByText } = render(SignInPage, {
			...(await props('/signin', null)),
			auth
		});
		expect(getByRole('heading', { level: 1 }).textContent).toBe('سائن اِن');
		expect(getByText(/گمنام زائرین/).textContent).toContain('”3 سے کم“');
		const submit = getByRole('button', { name: 'سائن اِن' });
		await fireEvent.click(submit);
		expect(getByText('یہ ای میل پتہ نہیں ہے')).toBeTruthy();
		expect(getByText('یہ خانہ خالی نہیں رہ سکتا')).toBeTruthy();
		await fireEvent.input(getByLabelText('ای میل'), { target: { value: 'ada@example.org' } });
		await fireEvent.input(getByLabelText('پاس ورڈ'), { target: { value: 'wrong' } });
		await fireEvent.click(submit);
		await waitFor(() => expect(getByRole('alert').textContent).toBe('ای میل یا پاس ورڈ غلط ہے'));
		await fireEvent.input(getByLabelText('پاس ورڈ'), { target: { value: 'wrong again' } });
		await fireEvent.click(submit);
		await waitFor(() =>
			expect(getByRole('alert').textContent).toBe(
				'سرور نے انکار کر دیا: Too many failed sign-ins: try again in 2 minutes'
			)
		);
	});

	test('signs in, refreshes the session and goes back to the remembered page', async () => {
		rememberReturn('/review');
		const page = await props('/signin?sectors=ngo', null);
		const auth: AuthApi = {
			signIn: vi.fn(() => Promise.resolve({ ok: true as const, user: ada })),
			signOut: vi.fn()
		};
		page.me.mockResolvedValue(ada);
		const { getByRole, getByLabelText } = render(SignInPage, { ...page, auth });
		await fireEvent.input(getByLabelText('E-mail'), { target: { value: 'ada@example.org' } });
		await fireEvent.input(getByLabelText('Password'), { target: { value: 'a password' } });
		await fireEvent.click(getByRole('button', { name: 'Sign in' }));
		await waitFor(() => expect(page.route.page).toBe('review'));
		expect(window.location.pathname + window.location.search).toBe('/review?sectors=ngo');
		expect(page.session.user).toEqual(ada);
	});
});

function fakeAdmin(users: AdminUser[], audit: AuditPage): AdminApi {
	return {
		users: vi.fn(() => Promise.resolve(users)),
		audit: vi.fn(() => Promise.resolve(audit)),
		createUser: vi.fn(),
		updateUser: vi.fn()
	};
}

const rows: AdminUser[] = [
	{ ...ada, disabled: false, createdAt: '2026-11-01T00:00:00.000Z' },
	{ ...bo, disabled: false, createdAt: '2026-11-02T00:00:00.000Z' }
];
const log: AuditPage = {
	total: 1,
	page: 1,
	pageSize: 20,
	entries: [
		{
			id: 9,
			at: '2026-11-28T09:05:00.000Z',
			user: { id: 1, name: 'Ada', email: 'ada@example.org' },
			action: 'update',
			entity: 'users',
			entityId: '2',
			before: { role: 'editor' },
			after: { role: 'analyst' }
		}
	]
};

describe('AdminPage', () => {
	test('tells an analyst the page is for admins, without asking the API', async () => {
		const admin = fakeAdmin(rows, log);
		const { getByRole } = render(AdminPage, { ...(await props('/admin', bo)), admin });
		expect(getByRole('alert').textContent).toContain('This page is for admins (403)');
		expect(getByRole('alert').textContent).toContain('(analyst)');
		expect(admin.users).not.toHaveBeenCalled();
		expect(admin.audit).not.toHaveBeenCalled();
	});

	test('shows an admin the users (own row locked) and the audit log with before and after', async () => {
		const admin = fakeAdmin(rows, log);
		const { getByRole, findByRole, getByText } = render(AdminPage, {
			...(await props('/admin', ada)),
			admin
		});
		await findByRole('region', { name: 'Users' });
		expect((getByRole('combobox', { name: 'Role of Ada' }) as HTMLSelectElement).disabled).toBe(
			true
		);
		expect((getByRole('combobox', { name: 'Role of Bo' }) as HTMLSelectElement).disabled).toBe(
			false
		);
		expect((getByRole('button', { name: 'Disable Ada' }) as HTMLButtonElement).disabled).toBe(true);
		await findByRole('region', { name: 'Audit log entries' });
		expect(getByText('28 Nov 2026, 09:05 UTC')).toBeTruthy();
		expect(getByText('users #2')).toBeTruthy();
		expect(getByText(/"role": "analyst"/)).toBeTruthy();
		expect(getByText('Page 1 of 1 (1 entry)')).toBeTruthy();
		expect(admin.audit).toHaveBeenCalledWith({ page: 1, pageSize: 20 }, expect.any(AbortSignal));
	});

	test('in Urdu: the users, roles and audit log in Urdu', async () => {
		await i18n.use('ur');
		const admin = fakeAdmin(rows, log);
		const { findByRole, getByRole, getByText } = render(AdminPage, {
			...(await props('/admin', ada)),
			admin
		});
		await findByRole('region', { name: 'صارفین' });
		expect(getByRole('heading', { level: 1 }).textContent).toBe('انتظامیہ');
		expect(getByRole('rowheader', { name: 'Ada (آپ)' })).toBeTruthy();
		const boRole = getByRole('combobox', { name: 'Bo کا کردار' }) as HTMLSelectElement;
		expect(boRole.selectedOptions[0]?.textContent).toBe('تجزیہ کار');
		expect(getByRole('button', { name: 'Bo کو غیر فعال کریں' })).toBeTruthy();
		await findByRole('region', { name: 'آڈٹ لاگ کے اندراجات' });
		expect(getByText('صارفین، نمبر 2')).toBeTruthy();
		expect(getByText('تبدیل کیا')).toBeTruthy();
		expect(getByText('صفحہ 1 از 1 (1 اندراج)')).toBeTruthy();
	});

	test('checks a new user with the schema before sending it', async () => {
		const admin = fakeAdmin(rows, log);
		const { getByRole, getByLabelText, findByRole, getByText } = render(AdminPage, {
			...(await props('/admin', ada)),
			admin
		});
		await findByRole('region', { name: 'Users' });
		await fireEvent.input(getByLabelText('E-mail'), { target: { value: 'not-an-address' } });
		await fireEvent.input(getByLabelText('Initial password'), { target: { value: 'short' } });
		await fireEvent.click(getByRole('button', { name: 'Add user' }));
		expect(getByText('Enter a name')).toBeTruthy();
		expect(getByText('Not an e-mail address')).toBeTruthy();
		expect(getByText('Use at least 12 characters')).toBeTruthy();
		expect(admin.createUser).not.toHaveBeenCalled();
	});
});
