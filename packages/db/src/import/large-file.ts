/**
 * Test data: a members CSV of `rows` new organisations, each a member of the fixture's alliances,
 * large enough (100,000 rows) to show the import's speed and its all-or-nothing commit.
 */

/** A members file with `rows` data rows (distinct organisations). */
export function largeMembersCsv(rows: number): string {
	const lines = ['Organisation,Sector,Country,Public,Alliance,Role,Joined on,Regions,Themes'];
	for (let i = 1; i <= rows; i += 1) {
		const alliance = i % 2 === 0 ? 'PAK' : 'MEX';
		const day = String((i % 28) + 1).padStart(2, '0');
		lines.push(
			`Imported organisation ${i},ngo,${alliance},no,${alliance},member,2023-01-${day},,drugs;fraud`
		);
	}
	return `${lines.join('\n')}\n`;
}
