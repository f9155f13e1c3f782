import { fireEvent, render, screen } from '@testing-library/svelte';
import type { VersionedOrganisation } from '@untoc-alliance/schema';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { i18n } from '../i18n.svelte.ts';
import type { EditApi } from './edit-api.ts';
import { organisationKind } from './edit-kinds.ts';
import EditDialog from './EditDialog.svelte';

// jsdom has no modal dialogs: open and close only set the attribute.
beforeEach(() => {
	HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
		this.open = true;
	};
	HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
		this.open = false;
	};
});

afterEach(() => i18n.use('en'));

const mine: VersionedOrganisation = {
	id: 4,
	name: 'Karachi Legal Aid',
	sector: 'legal',
	country: 'PAK',
	public: true,
	verified: false,
	synthetic: false,
	sourceUrl: null,
	version: 2
};

/** An API whose `organisations.update` answers with `answers` in turn (an Error is thrown). */
function apiAnswering(...answers: unknown[]) {
	const update = vi.fn((row: VersionedOrganisation) => {
		const next = answers.shift();
		return next instanceof Error ? Promise.reject(next) : Promise.resolve(next ?? row);
	});
	return { api: { organisations: { update } } as unknown as EditApi, update };
}

/** A tRPC client error as the client sees it. */
function apiError(message: string, data: object): Error {
	return Object.assign(new Error(message), { data });
}

function renderDialog(api: EditApi) {
	const onSaved = vi.fn();
	const onCancel = vi.fn();
	render(EditDialog, {
		props: { kind: organisationKind, api, initial: mine, mode: 'update', onSaved, onCancel }
	});
	return { onSaved, onCancel, name: screen.getByLabelText<HTMLInputElement>('Name') };
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('EditDialog', () => {
	test('shows the schema message next to the field and sends nothing', async () => {
		const { api, update } = apiAnswering();
		const { name } = renderDialog(api);
		await fireEvent.input(name, { target: { value: '' } });
		await save();
		expect(name.getAttribute('aria-invalid')).toBe('true');
		const error = document.getElementById(name.getAttribute('aria-describedby') ?? '');
		expect(error?.textContent).toBe('Too small: expected string to have >=1 characters');
		expect(update).not.toHaveBeenCalled();
		await fireEvent.input(name, { target: { value: 'Fixed' } });
		expect(name.getAttribute('aria-invalid')).toBeNull();
	});

	test("shows the server's field errors inline", async () => {
		const issues = [{ path: 'name', message: 'Organisation 9 in PAK has this name' }];
		const { api } = apiAnswering(apiError('name: taken', { httpStatus: 400, issues }));
		const { name } = renderDialog(api);
		await save();
		await vi.waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
		expect(screen.getByText('Organisation 9 in PAK has this name')).toBeTruthy();
	});

	test('a conflict shows their values next to mine; "Overwrite with mine" saves over theirs', async () => {
		const theirs = { ...mine, name: 'Karachi Legal Aid Society', public: false, version: 3 };
		const written = { ...mine, name: 'Mine', version: 4 };
		const { api, update } = apiAnswering(
			apiError('Someone changed this organisation', { httpStatus: 409, current: theirs }),
			written
		);
		const { name, onSaved } = renderDialog(api);
		await fireEvent.input(name, { target: { value: 'Mine' } });
		await save();
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toContain('Someone changed this since you opened it');
		const rows = [...alert.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.children].map((cell) => cell.textContent)
		);
		expect(rows).toEqual([
			['Name', 'Karachi Legal Aid Society', 'Mine'],
			['May be named in public views', 'No', 'Yes']
		]);
		await fireEvent.click(screen.getByRole('button', { name: 'Overwrite with mine' }));
		await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(written));
		expect(update).toHaveBeenLastCalledWith({ ...mine, name: 'Mine', version: 3 });
	});

	test('"Use theirs" loads their row into the form', async () => {
		const theirs = { ...mine, name: 'Theirs', version: 3 };
		const { api } = apiAnswering(apiError('changed', { httpStatus: 409, current: theirs }));
		const { name } = renderDialog(api);
		await save();
		await fireEvent.click(await screen.findByRole('button', { name: 'Use theirs' }));
		expect(name.value).toBe('Theirs');
		expect(screen.queryByRole('alert')).toBeNull();
	});

	test('follows a switch to Urdu: title, labels, choices, checks and the conflict in Urdu', async () => {
		const theirs = { ...mine, public: false, version: 3 };
		const { api } = apiAnswering(apiError('changed', { httpStatus: 409, current: theirs }));
		renderDialog(api);
		await i18n.use('ur');
		await vi.waitFor(() =>
			expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
				'تنظیم میں ترمیم: Karachi Legal Aid'
			)
		);
		const name = screen.getByLabelText<HTMLInputElement>('نام');
		const sector = screen.getByLabelText<HTMLSelectElement>('شعبہ');
		expect(sector.selectedOptions[0]?.textContent).toBe('قانونی پیشہ');
		await fireEvent.input(name, { target: { value: '' } });
		await fireEvent.click(screen.getByRole('button', { name: 'محفوظ کریں' }));
		expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
			'یہ خانہ خالی نہیں رہ سکتا'
		);
		await fireEvent.input(name, { target: { value: 'Karachi Legal Aid' } });
		await fireEvent.click(screen.getByRole('button', { name: 'محفوظ کریں' }));
		const alert = await screen.findByRole('alert');
		expect(alert.querySelector('h3')?.textContent).toBe(
			'آپ کے کھولنے کے بعد کسی اور نے اسے تبدیل کر دیا ہے'
		);
		const rows = [...alert.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.children].map((cell) => cell.textContent)
		);
		expect(rows).toEqual([['عوامی صفحات پر نام ظاہر کیا جا سکتا ہے', 'نہیں', 'ہاں']]);
		expect(screen.getByRole('button', { name: 'ان کی قدریں لیں' })).toBeTruthy();
	});
});
