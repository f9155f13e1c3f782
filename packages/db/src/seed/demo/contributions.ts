/**
 * Civil-society contributions to the reviews. The implementation report of 2022 (S5) and the
 * Civil Society Declaration 2024 (S44) are facts; the parallel report, the SAQ support, the
 * policy briefs (planned in S3) and the position papers (planned in S5) are inferred, as the
 * sources announce them without confirming them; the rest is invented. Authors are named so that
 * a typo fails loudly.
 */
import type { Contribution, Id, Organisation, Provenance } from '@untoc-alliance/schema';
import { realOrgIds } from './organisations-real.ts';
import { fact, inferred, invented } from './provenance.ts';

type ContributionSeed = Omit<Contribution, 'id' | 'organisationIds' | keyof Provenance> & {
	authors: string[];
	provenance: Provenance;
};

const cgr = 'CGR';
const seeds: readonly ContributionSeed[] = [
	{
		country: 'PAK',
		cluster: 1,
		type: 'saq_input',
		date: '2022-06-24',
		title: "NIOC consultants' support to the draft SAQ answers on the cluster-1 articles",
		authors: [cgr],
		provenance: inferred('S3')
	},
	{
		country: 'PAK',
		cluster: null,
		type: 'policy_brief',
		date: '2022-07-29',
		title: 'NIOC policy brief on police reforms',
		authors: [cgr],
		provenance: inferred('S3')
	},
	{
		country: 'PAK',
		cluster: null,
		type: 'policy_brief',
		date: '2022-07-29',
		title: 'NIOC policy brief on terrorism',
		authors: [cgr],
		provenance: inferred('S3')
	},
	// S3 sets the deadline ("finalised before 30 September 2022"); the release is not confirmed.
	{
		country: 'PAK',
		cluster: 1,
		type: 'parallel_report',
		date: '2022-09-30',
		title: 'Parallel civil society report on the implementation of the cluster-1 articles',
		authors: [cgr],
		provenance: inferred('S3')
	},
	// Read out in the COP11 plenary, 17-21 Oct 2022 (S1, S4); the day is not given.
	{
		country: 'PAK',
		cluster: null,
		type: 'statement',
		date: '2022-10-17',
		title: 'Pakistan civil society voice at the COP11 plenary (statement by Tariq Khosa)',
		authors: [cgr],
		provenance: inferred('S1')
	},
	{
		country: 'PAK',
		cluster: 1,
		type: 'parallel_report',
		date: '2023-03-14',
		title: 'UNTOC Review Process implementation report for 2022',
		authors: [cgr],
		provenance: fact('S5')
	},
	{
		country: 'PAK',
		cluster: 1,
		type: 'position_paper',
		date: '2023-09-28',
		title: 'Position paper of the working group on UNTOC legal aspects',
		authors: [cgr, 'CFHR', 'Sindh Legal Aid Network', 'Capital Public Interest Law Group'],
		provenance: inferred('S5')
	},
	{
		country: 'PAK',
		cluster: 1,
		type: 'position_paper',
		date: '2023-10-26',
		title: "Position paper of the working group on human rights and victims' perspective",
		authors: [cgr, 'Grief', 'Survivors of Trafficking Solidarity Group'],
		provenance: inferred('S5')
	},
	{
		country: 'PAK',
		cluster: 1,
		type: 'position_paper',
		date: '2023-12-14',
		title: 'Position paper of the working group on transnational organized crime',
		authors: [
			cgr,
			'Illicit Economies Observatory South',
			'Karachi Institute of Criminology Studies'
		],
		provenance: inferred('S5')
	},
	// Unveiled at the Lahore roundtable organised by CGR, CFHR and GI-TOC (S44).
	{
		country: 'PAK',
		cluster: null,
		type: 'declaration',
		date: '2024-11-15',
		title: 'Civil Society Declaration 2024',
		authors: [cgr, 'CFHR', 'GI-TOC'],
		provenance: fact('S44')
	},
	{
		country: 'PAK',
		cluster: 1,
		type: 'policy_brief',
		date: '2025-03-20',
		title: 'Policy brief on cyber-enabled fraud and the UNTOC review',
		authors: ['Cyber Forensics Research Lab', 'Digital Payments Risk Forum'],
		provenance: invented()
	},
	{
		country: 'PAK',
		cluster: 2,
		type: 'saq_input',
		date: '2025-09-18',
		title: 'Civil society notes for the cluster-2 self-assessment',
		authors: [cgr, 'Capital Public Interest Law Group', "Financial Compliance Officers' Network"],
		provenance: invented()
	},
	{
		country: 'PAK',
		cluster: null,
		type: 'statement',
		date: '2026-05-14',
		title: "Alliance statement on survivors' access to justice",
		authors: ['Survivors of Trafficking Solidarity Group', "Lawyers for Victims' Rights Forum"],
		provenance: invented()
	},
	{
		country: 'MEX',
		cluster: 1,
		type: 'position_paper',
		date: '2022-06-30',
		title: 'Position paper on environmental crime and the UNTOC',
		authors: [
			'Fundación Selva Viva contra los Delitos Ambientales',
			'Instituto de Políticas de Seguridad y Justicia'
		],
		provenance: invented()
	},
	{
		country: 'MEX',
		cluster: 1,
		type: 'saq_input',
		date: '2023-05-25',
		title: 'Civil society input to the cluster-1 self-assessment',
		authors: [
			'Red Ciudadana contra la Trata',
			'Clínica Jurídica de Derechos Humanos del Bajío',
			'Centro Universitario de Estudios sobre Delincuencia Organizada'
		],
		provenance: invented()
	},
	{
		country: 'MEX',
		cluster: 1,
		type: 'policy_brief',
		date: '2024-04-18',
		title: 'Policy brief on illicit firearms flows',
		authors: [
			'Observatorio Ciudadano sobre Armas',
			'Laboratorio de Seguridad Ciudadana de Occidente'
		],
		provenance: invented()
	},
	{
		country: 'MEX',
		cluster: 1,
		type: 'parallel_report',
		date: '2025-06-12',
		title: 'Parallel report on victim protection under the Trafficking in Persons Protocol',
		authors: ['Sobrevivientes Unidas contra la Trata', 'Red Ciudadana contra la Trata'],
		provenance: invented()
	},
	{
		country: 'MEX',
		cluster: null,
		type: 'statement',
		date: '2026-02-26',
		title: 'Youth statement on migration and organized crime',
		authors: ['Red Juvenil por la Legalidad', 'Colectivo Juvenil Migrante del Norte'],
		provenance: invented()
	}
];

const realAuthors: Record<string, Id> = {
	CGR: realOrgIds.cgr,
	CFHR: realOrgIds.cfhr,
	Grief: realOrgIds.griefDirectory,
	'GI-TOC': realOrgIds.gitoc
};

export function demoContributions(organisations: readonly Organisation[]): Contribution[] {
	const idByName = new Map(organisations.map((o) => [o.name, o.id]));
	const idOf = (author: string): Id => {
		const id = realAuthors[author] ?? idByName.get(author);
		if (id === undefined) throw new Error(`No organisation named ${JSON.stringify(author)}`);
		return id;
	};
	return seeds.map(({ authors, provenance, ...rest }, i) => ({
		id: i + 1,
		...rest,
		organisationIds: authors.map(idOf),
		...provenance
	}));
}
