/**
 * Reads the member tables of the demo alliances: one member a line, columns separated by `|`:
 * sector | role | regions | themes | joined | left | public | name. Regions are subdivision
 * suffixes (`SD` for `PK-SD`), themes are the short codes below, `-` is an empty value. Every
 * value is checked with the schema's enums, so a typo fails loudly when the module loads.
 */
import { IsoDate, MembershipRole, RegionCode, Sector } from '@untoc-alliance/schema';
import type { AllianceCode, CountryCode, Theme } from '@untoc-alliance/schema';

export interface MemberSeed {
	name: string;
	sector: Sector;
	country: CountryCode;
	alliance: AllianceCode;
	role: MembershipRole;
	regions: RegionCode[];
	themes: Theme[];
	joinedOn: IsoDate;
	leftOn: IsoDate | null;
	public: boolean;
}

const themeCodes: Record<string, Theme> = {
	tip: 'trafficking_in_persons',
	som: 'smuggling_of_migrants',
	fa: 'firearms',
	dr: 'drugs',
	ml: 'money_laundering',
	cy: 'cybercrime',
	co: 'corruption',
	env: 'environmental_crime',
	te: 'terrorism',
	fr: 'fraud'
};

function list(cell: string): string[] {
	return cell === '-' ? [] : cell.split(/\s+/);
}

function theme(code: string): Theme {
	const found = themeCodes[code];
	if (!found) throw new Error(`Unknown theme short code ${JSON.stringify(code)}`);
	return found;
}

function parseLine(line: string, alliance: AllianceCode, regionPrefix: string): MemberSeed {
	const cells = line.split('|').map((cell) => cell.trim());
	const [sector, role, regions, themes, joined, left, visible, name] = cells;
	if (cells.length !== 8 || !name || !regions || !themes || !joined || !left || !visible) {
		throw new Error(`A member line needs 8 cells: ${JSON.stringify(line)}`);
	}
	return {
		name,
		sector: Sector.parse(sector),
		country: alliance,
		alliance,
		role: MembershipRole.parse(role),
		regions: list(regions).map((suffix) => RegionCode.parse(`${regionPrefix}-${suffix}`)),
		themes: list(themes).map(theme),
		joinedOn: IsoDate.parse(joined),
		leftOn: left === '-' ? null : IsoDate.parse(left),
		public: visible === 'yes'
	};
}

/** The members of one alliance, from a table as described above (blank lines are skipped). */
export function parseMemberTable(
	table: string,
	options: { alliance: AllianceCode; regionPrefix: 'PK' | 'MX' }
): MemberSeed[] {
	return table
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '')
		.map((line) => parseLine(line, options.alliance, options.regionPrefix));
}
