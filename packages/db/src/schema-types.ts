/** The Kysely database type: every raw table and every summary table by name. */
import type {
	AllianceTable,
	ContributionTable,
	CountryTable,
	DataVersionTable,
	EventTable,
	MembershipTable,
	OrganisationTable,
	ParticipationTable,
	ReviewStepTable,
	ReviewTable,
	UserTable,
	SessionTable,
	AuditLogTable
} from './tables.ts';
import type {
	EventFactTable,
	EventSectorFactTable,
	EventSideFactTable,
	MemberFactTable,
	OrganisationEventFactTable,
	OrganisationYearRollupTable,
	TimelineMaskRollupTable,
	TimelineRollupTable,
	TimelineSectorRollupTable
} from './summary-tables.ts';

/** All tables of the database, keyed by table name. */
export interface Tables {
	countries: CountryTable;
	alliances: AllianceTable;
	organisations: OrganisationTable;
	memberships: MembershipTable;
	membership_regions: { membership_id: number; region: string };
	membership_themes: { membership_id: number; theme: string };
	events: EventTable;
	event_clusters: { event_id: number; cluster: number };
	event_themes: { event_id: number; theme: string };
	participations: ParticipationTable;
	reviews: ReviewTable;
	review_steps: ReviewStepTable;
	contributions: ContributionTable;
	contribution_organisations: { contribution_id: number; organisation_id: number };
	data_version: DataVersionTable;
	users: UserTable;
	sessions: SessionTable;
	audit_log: AuditLogTable;
	event_facts: EventFactTable;
	event_sector_facts: EventSectorFactTable;
	event_side_facts: EventSideFactTable;
	timeline_rollup: TimelineRollupTable;
	timeline_mask_rollup: TimelineMaskRollupTable;
	timeline_sector_rollup: TimelineSectorRollupTable;
	member_facts: MemberFactTable;
	organisation_event_facts: OrganisationEventFactTable;
	organisation_year_rollup: OrganisationYearRollupTable;
}
