// Vite builds the single-page dashboard; in dev it proxies the API to the local server.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [svelte()],
	server: { proxy: { '/trpc': 'http://127.0.0.1:3000' } },
	preview: { proxy: { '/trpc': 'http://127.0.0.1:3000' } },
	build: {
		target: 'es2022',
		reportCompressedSize: true,
		// One stylesheet: on a slow network each render-blocking request costs a round trip.
		cssCodeSplit: false,
		rolldownOptions: {
			output: {
				codeSplitting: {
					// zod and the module that configures it (no JIT: the CSP forbids eval) in one chunk,
					// so that the configuration runs before any chunk that defines or uses a schema.
					groups: [
						{
							name: 'zod',
							test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]lib[\\/]zod-config\.ts$/
						}
					]
				}
			}
		}
	}
});
