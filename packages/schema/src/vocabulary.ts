/**
 * The canonical code lists of product.md. Codes travel in the API and the URL; labels are for
 * people. Every list is a tuple so that zod enums and exhaustive `switch`es stay in sync.
 */
import * as z from 'zod';

/** A code list: its codes in display order and an English label for each. */
export interface Vocabulary<TCode extends string> {
	readonly codes: readonly [TCode, ...TCode[]];
	readonly labels: Readonly<Record<TCode, string>>;
}

function vocabulary<const TCode extends string>(labels: Record<TCode, string>): Vocabulary<TCode> {
	const codes = Object.keys(labels) as [TCode, ...TCode[]];
	return { codes, labels };
}

/** A zod enum over a vocabulary whose error names the rejected value and the field. */
export function codeOf<TCode extends string>(vocab: Vocabulary<TCode>, noun: string) {
	return z.enum(vocab.codes, {
		error: (issue) => `Unknown ${noun} ${JSON.stringify(issue.input)}`
	});
}

export const sectors = vocabulary({
	ngo: 'NGO / CSO',
	academia: 'Academia',
	think_tank: 'Think tank',
	private_sector: 'Private sector',
	media: 'Media',
	legal: 'Legal profession',
	faith_based: 'Faith-based',
	youth: 'Youth',
	victim_led: 'Victim- and survivor-led',
	labour: 'Labour',
	expert: 'Individual expert'
});
/** Sector of a non-governmental member. */
export const Sector = codeOf(sectors, 'sector').meta({
	description: 'Sector of a non-governmental member'
});
export type Sector = z.infer<typeof Sector>;

export const sides = vocabulary({
	government: 'Government',
	civil_society: 'Civil society',
	international: 'International'
});
/** Side of the trilateral framework a participant belongs to. */
export const Side = codeOf(sides, 'side').meta({
	description: 'Side of the trilateral framework (Government, Civil Society Alliance, UNODC)'
});
export type Side = z.infer<typeof Side>;

export const themes = vocabulary({
	trafficking_in_persons: 'Trafficking in persons',
	smuggling_of_migrants: 'Smuggling of migrants',
	firearms: 'Firearms',
	drugs: 'Drugs',
	money_laundering: 'Money laundering',
	cybercrime: 'Cybercrime',
	corruption: 'Corruption',
	environmental_crime: 'Environmental crime',
	terrorism: 'Terrorism',
	fraud: 'Fraud'
});
/** Crime area a member works on or an event addresses. */
export const Theme = codeOf(themes, 'theme').meta({ description: 'Crime area' });
export type Theme = z.infer<typeof Theme>;

export const instruments = vocabulary({
	untoc: 'UN Convention against Transnational Organized Crime',
	tip_protocol: 'Trafficking in Persons Protocol',
	som_protocol: 'Smuggling of Migrants Protocol',
	firearms_protocol: 'Firearms Protocol'
});
/** The Convention or one of its three Protocols. */
export const InstrumentCode = codeOf(instruments, 'instrument').meta({
	description: 'The Convention or one of its Protocols'
});
export type InstrumentCode = z.infer<typeof InstrumentCode>;

export const eventTypes = vocabulary({
	launch: 'Launch',
	consultation: 'Consultation',
	workshop: 'Workshop',
	training: 'Training',
	constructive_dialogue: 'Constructive dialogue',
	conference: 'Conference',
	roundtable: 'Roundtable',
	side_event: 'Side event',
	plenary: 'Plenary',
	advisory_board: 'Advisory board',
	working_group: 'Working group',
	network_meeting: 'Network meeting'
});
/** Kind of engagement event. */
export const EventType = codeOf(eventTypes, 'event type').meta({
	description: 'Kind of engagement event'
});
export type EventType = z.infer<typeof EventType>;

export const reviewSteps = vocabulary({
	focal_point: 'Focal point appointed',
	experts: 'Governmental experts appointed',
	self_assessment: 'Self-assessment questionnaire',
	written_feedback: 'Written feedback',
	dialogue: 'Dialogue',
	observations: 'List of observations',
	summary: 'Summary'
});
/** Step of a country review, in the order of the Procedures and Rules. */
export const ReviewStepCode = codeOf(reviewSteps, 'review step').meta({
	description: 'Step of a country review'
});
export type ReviewStepCode = z.infer<typeof ReviewStepCode>;

export const stepStatuses = vocabulary({
	not_started: 'Not started',
	in_progress: 'In progress',
	completed: 'Completed'
});
/** Recorded status of a review step; "overdue" is computed from deadlines, never stored. */
export const StepStatus = codeOf(stepStatuses, 'step status').meta({
	description: 'Recorded status of a review step (overdue is computed, never stored)'
});
export type StepStatus = z.infer<typeof StepStatus>;

export const contributionTypes = vocabulary({
	parallel_report: 'Parallel report',
	position_paper: 'Position paper',
	policy_brief: 'Policy brief',
	saq_input: 'Input to the self-assessment',
	statement: 'Statement',
	declaration: 'Declaration'
});
/** Kind of civil-society input to a review. */
export const ContributionType = codeOf(contributionTypes, 'contribution type').meta({
	description: 'Kind of civil-society input to a review'
});
export type ContributionType = z.infer<typeof ContributionType>;

export const eventFormats = vocabulary({
	in_person: 'In person',
	online: 'Online',
	hybrid: 'Hybrid'
});
/** How an event was held. */
export const EventFormat = codeOf(eventFormats, 'event format').meta({
	description: 'How an event was held'
});
export type EventFormat = z.infer<typeof EventFormat>;

export const membershipRoles = vocabulary({
	lead: 'Lead',
	convener: 'Convener',
	member: 'Member'
});
/** Role of an organisation in an alliance. */
export const MembershipRole = codeOf(membershipRoles, 'membership role').meta({
	description: 'Role of an organisation in an alliance'
});
export type MembershipRole = z.infer<typeof MembershipRole>;

export const intervals = vocabulary({ month: 'Month', quarter: 'Quarter', year: 'Year' });
/** Width of a time bucket. */
export const Interval = codeOf(intervals, 'interval').meta({
	description: 'Width of a time bucket'
});
export type Interval = z.infer<typeof Interval>;
