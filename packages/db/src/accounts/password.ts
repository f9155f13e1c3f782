/**
 * Password hashing with scrypt (node:crypto): a random 16-byte salt per password, N = 2^15,
 * r = 8, p = 1, a 32-byte key, stored as `scrypt$N$r$p$salt$hash` (salt and hash base64url) so
 * the cost can be raised later without invalidating stored hashes. Comparison is timing-safe.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const cost = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
	// scrypt needs 128·N·r bytes; allow twice that (Node's default cap is 32 MiB).
	const maxmem = 256 * (options.N ?? cost.N) * (options.r ?? cost.r);
	return new Promise((resolve, reject) => {
		scrypt(password.normalize('NFC'), salt, keyLength, { ...options, maxmem }, (error, key) =>
			error ? reject(error) : resolve(key)
		);
	});
}

/** Hashes a password for storage: `scrypt$32768$8$1$<salt>$<hash>`. */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, cost);
	const parts = [cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')];
	return `scrypt$${parts.join('$')}`;
}

const stored = /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([\w-]{16,})\$([\w-]{32,})$/;

/** Whether `password` matches a hash made by `hashPassword` (false for a malformed hash). */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
	const match = stored.exec(hash);
	if (!match) return false;
	const [, n, r, p, salt, expected] = match as unknown as [
		string,
		string,
		string,
		string,
		string,
		string
	];
	const want = Buffer.from(expected, 'base64url');
	const key = await derive(password, Buffer.from(salt, 'base64url'), {
		N: Number(n),
		r: Number(r),
		p: Number(p)
	});
	return key.length === want.length && timingSafeEqual(key, want);
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one verification without a real hash, so that an unknown e-mail answers
 * about as slowly as a wrong password.
 */
export async function verifyNothing(password: string): Promise<false> {
	dummy ??= hashPassword('no such user, no such password');
	await verifyPassword(password, await dummy);
	return false;
}
