/**
 * Invented members of Pakistan's alliance (no member list is public: domain.md B3, S3). Names
 * are generic; every row is synthetic. About a dozen join while the list is drawn up
 * (Jul-Sep 2022, S3), most at the launch on 15 Sep 2022 ("over 50" with the named members, S7),
 * the rest later; three leave.
 */
import { parseMemberTable } from './member-table.ts';

const table = `
ngo             | convener | SD       | tip som   | 2022-07-08 | -          | yes | Indus Community Rights Network
ngo             | member   | IS       | co ml     | 2022-07-15 | -          | yes | Margalla Citizens' Forum against Organized Crime
ngo             | member   | PB       | tip       | 2022-07-22 | -          | yes | Five Rivers Anti-Trafficking Coalition
ngo             | convener | KP       | som tip   | 2022-09-15 | -          | yes | Frontier Migrant Support Association
ngo             | member   | BA       | som dr    | 2022-09-15 | -          | yes | Bolan Valley Development Society
ngo             | member   | GB       | tip env   | 2022-09-15 | -          | yes | Karakoram Community Welfare Trust
ngo             | member   | JK       | tip       | 2026-03-19 | -          | yes | Neelum Valley Women's Welfare Association
ngo             | member   | SD BA    | tip env   | 2022-09-15 | -          | yes | Coastal Fisherfolk Rights Forum
ngo             | member   | IS PB KP | som       | 2022-08-12 | -          | yes | Safe Migration Helpline Network
ngo             | member   | PB SD    | tip       | 2022-09-15 | -          | yes | Child Protection Watch Network
ngo             | member   | PB SD    | tip       | 2022-09-15 | -          | yes | Bonded Labour Relief Initiative
ngo             | member   | KP       | te fa     | 2022-09-15 | -          | yes | Peshawar Civic Action Forum
ngo             | member   | BA       | som dr    | 2022-09-15 | -          | no  | Quetta Border Communities Network
ngo             | member   | SD       | tip       | 2022-09-15 | -          | yes | Thar Rural Support Collective
ngo             | member   | PB IS    | dr        | 2022-09-15 | -          | yes | Potohar Drug Prevention Society
ngo             | member   | KP       | tip co    | 2022-09-15 | -          | yes | Hazara Valley Human Rights Committee
academia        | member   | SD       | dr ml tip | 2022-08-19 | -          | yes | Karachi Institute of Criminology Studies
academia        | member   | IS       | te fa     | 2022-09-05 | -          | yes | Capital Centre for Law and Security Studies
academia        | member   | PB       | tip som   | 2022-09-15 | -          | yes | Lahore Criminal Justice Research Unit
academia        | member   | KP       | som       | 2022-09-15 | -          | yes | Frontier Migration Research Group
academia        | member   | BA       | som dr    | 2022-09-15 | -          | yes | Balochistan Border Studies Programme
academia        | member   | IS PB    | cy fr     | 2023-04-20 | -          | yes | Cyber Forensics Research Lab
academia        | member   | GB       | env       | 2023-08-10 | -          | yes | Mountain Ecology and Wildlife Crime Research Unit
academia        | member   | SD IS    | ml fr     | 2022-09-15 | -          | yes | Centre for Financial Crime Studies
think_tank      | member   | IS       | te co     | 2022-07-29 | -          | yes | Institute for Policing and Public Safety
think_tank      | member   | IS BA    | som       | 2022-09-08 | -          | yes | Centre for Border and Migration Policy
think_tank      | member   | PB       | co        | 2022-09-15 | -          | yes | Forum for Rule of Law Reform
think_tank      | member   | IS       | ml dr     | 2022-09-15 | 2024-06-30 | yes | Strategic Crime Analysis Initiative
think_tank      | member   | SD       | dr fa     | 2022-09-15 | -          | yes | Illicit Economies Observatory South
legal           | member   | SD       | tip       | 2022-08-05 | -          | yes | Sindh Legal Aid Network
legal           | member   | PB       | tip       | 2022-09-15 | -          | yes | Lawyers for Victims' Rights Forum
legal           | member   | KP       | som       | 2022-09-15 | -          | yes | Khyber Legal Clinic for Migrants
legal           | member   | IS       | co ml     | 2022-09-01 | -          | yes | Capital Public Interest Law Group
legal           | member   | PB SD    | tip       | 2022-09-15 | -          | yes | Advocates against Bonded Labour
legal           | member   | JK       | tip fa    | 2022-09-15 | -          | no  | Kashmir Legal Assistance Cell
private_sector  | member   | SD PB    | ml fr     | 2022-09-15 | -          | yes | Financial Compliance Officers' Network
private_sector  | member   | PB       | tip       | 2022-09-15 | -          | yes | Textile Supply Chain Integrity Forum
private_sector  | member   | SD       | dr fa     | 2023-11-16 | -          | yes | Logistics and Freight Security Council
private_sector  | member   | IS       | cy fr     | 2022-09-15 | -          | yes | Digital Payments Risk Forum
private_sector  | member   | GB PB    | tip       | 2022-09-15 | 2023-08-31 | yes | Hospitality and Tourism Ethics Group
media           | member   | IS PB    | co ml     | 2022-08-26 | -          | yes | Investigative Reporters' Collective on Organized Crime
media           | member   | KP BA    | te som    | 2022-09-15 | -          | no  | Frontier Community Radio Network
media           | member   | SD       | tip       | 2022-09-15 | -          | yes | Sindh Justice Reporting Network
media           | member   | GB JK    | env       | 2024-05-09 | -          | yes | Mountain Voices Media Trust
faith_based     | member   | PB IS    | tip       | 2022-09-15 | -          | yes | Interfaith Council for Human Dignity
faith_based     | member   | SD KP    | tip       | 2022-09-15 | -          | yes | Faith Leaders' Network against Trafficking
faith_based     | member   | PB       | tip       | 2022-09-15 | 2025-03-31 | yes | Shared Faith Welfare Society
youth           | member   | PB KP    | som       | 2022-09-15 | -          | yes | Young Advocates for Safe Migration
youth           | member   | IS       | cy        | 2023-01-19 | -          | yes | Student Network against Cybercrime
youth           | member   | GB       | dr env    | 2022-11-10 | -          | yes | Gilgit Youth Civic Forum
youth           | member   | BA       | som       | 2025-10-09 | -          | yes | Balochistan Youth Development Network
victim_led      | member   | PB SD    | tip       | 2022-09-15 | -          | no  | Survivors of Trafficking Solidarity Group
victim_led      | member   | KP PB    | som       | 2022-09-15 | -          | no  | Families of Missing Migrants Association
victim_led      | member   | PB       | tip       | 2024-02-22 | -          | no  | Freed Brick-Kiln Workers' Association
labour          | member   | PB SD    | tip       | 2022-09-15 | -          | yes | Kiln and Farm Workers' Federation
labour          | member   | SD       | tip       | 2022-09-15 | -          | yes | Home-Based and Domestic Workers' Association
labour          | member   | KP PB    | som       | 2025-01-16 | -          | yes | Migrant Workers' Solidarity Federation
expert          | member   | IS       | co te     | 2022-09-12 | -          | yes | Independent expert, criminal law (Islamabad)
expert          | member   | SD       | ml        | 2022-09-15 | -          | no  | Independent expert, anti-money laundering (Karachi)
expert          | member   | KP       | som       | 2025-04-24 | -          | yes | Independent expert, migration policy (Peshawar)
expert          | member   | BA       | fa        | 2024-09-12 | -          | yes | Independent expert, firearms control (Quetta)
`;

export function pakistanMemberSeeds() {
	return parseMemberTable(table, { alliance: 'PAK', regionPrefix: 'PK' });
}
