/**
 * The schemas published as JSON Schema (draft 2020-12) files: the entities, the vocabularies, the
 * `DashboardFilter` and the API outputs. Refinements (cross-field rules such as `from <= to` or
 * `leftOn >= joinedOn`) have no JSON Schema form: only zod and the API check them.
 */
import * as z from 'zod';
import { Alliance } from '../alliance.ts';
import { Composition } from '../api/composition.ts';
import { MembersPage } from '../api/members-list.ts';
import { ReviewProgress } from '../api/review-progress.ts';
import { Timeline } from '../api/timeline.ts';
import { VocabularyOutput } from '../api/vocabulary-output.ts';
import { Contribution } from '../contribution.ts';
import { Country, CountryCode, RegionCode } from '../countries.ts';
import { CountryReview, ReviewStep } from '../country-review.ts';
import { EngagementEvent } from '../engagement-event.ts';
import { DashboardFilter } from '../filter.ts';
import { Membership } from '../membership.ts';
import { Organisation } from '../organisation.ts';
import { Participation } from '../participation.ts';
import { ClusterId } from '../reference/clusters.ts';
import { IsoDate } from '../scalars.ts';
import * as vocabulary from '../vocabulary.ts';

/** Every published schema by file name. */
export const publicSchemas = {
	Organisation,
	Alliance,
	Membership,
	EngagementEvent,
	Participation,
	CountryReview,
	ReviewStep,
	Contribution,
	Country,
	DashboardFilter,
	Sector: vocabulary.Sector,
	Side: vocabulary.Side,
	Theme: vocabulary.Theme,
	InstrumentCode: vocabulary.InstrumentCode,
	EventType: vocabulary.EventType,
	EventFormat: vocabulary.EventFormat,
	ReviewStepCode: vocabulary.ReviewStepCode,
	StepStatus: vocabulary.StepStatus,
	ContributionType: vocabulary.ContributionType,
	MembershipRole: vocabulary.MembershipRole,
	Interval: vocabulary.Interval,
	CountryCode,
	RegionCode,
	ClusterId,
	IsoDate,
	Composition,
	Timeline,
	ReviewProgress,
	MembersPage,
	VocabularyOutput
} satisfies Record<string, z.ZodType>;

/** The name of a published schema. */
export type PublicSchemaName = keyof typeof publicSchemas;

/** One JSON Schema file: its name under `json-schema/` and its content. */
export interface JsonSchemaFile {
	fileName: string;
	schema: Record<string, unknown>;
}

/**
 * A zod schema as JSON Schema draft 2020-12: `input` is what the parser accepts (unknown keys
 * allowed, defaults optional), `output` what it returns and what the API sends.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
	return z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw' });
}

/** `<Name>.json` where input and output agree, else `<Name>.input.json` and `<Name>.output.json`. */
export function jsonSchemaFiles(): JsonSchemaFile[] {
	return Object.entries(publicSchemas).flatMap(([name, schema]) => {
		const input = { title: name, ...toJsonSchema(schema, 'input') };
		const output = { title: name, ...toJsonSchema(schema, 'output') };
		if (JSON.stringify(input) === JSON.stringify(output)) {
			return [{ fileName: `${name}.json`, schema: input }];
		}
		return [
			{ fileName: `${name}.input.json`, schema: input },
			{ fileName: `${name}.output.json`, schema: output }
		];
	});
}
