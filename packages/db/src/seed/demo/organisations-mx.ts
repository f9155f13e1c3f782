/**
 * Invented members of Mexico's pilot initiative. The sources name none; they do name the
 * stakeholders (NGOs, academics, private sector) and the priorities: trafficking, smuggling,
 * firearms, environmental crime, victims, youth (S8). Every row is synthetic.
 */
import { parseMemberTable } from './member-table.ts';

const table = `
ngo             | convener | CMX      | tip       | 2022-03-24 | -          | yes | Red Ciudadana contra la Trata
ngo             | member   | CHP      | som tip   | 2022-03-24 | -          | yes | Colectivo Frontera Sur por los Derechos de las Personas Migrantes
ngo             | member   | CMX JAL  | fa        | 2022-03-24 | -          | yes | Observatorio Ciudadano sobre Armas
ngo             | member   | NLE TAM  | tip       | 2022-04-05 | -          | yes | Alianza Norte para la Protección de Víctimas
ngo             | member   | CHP OAX  | env       | 2022-03-24 | -          | yes | Fundación Selva Viva contra los Delitos Ambientales
ngo             | member   | BCN      | som       | 2022-06-16 | -          | no  | Casa de Acogida Camino Seguro
academia        | member   | CMX      | ml dr     | 2022-03-24 | -          | yes | Centro Universitario de Estudios sobre Delincuencia Organizada
academia        | member   | JAL      | fa dr     | 2022-04-05 | -          | yes | Laboratorio de Seguridad Ciudadana de Occidente
academia        | member   | BCN SON  | som       | 2022-10-20 | -          | yes | Programa de Estudios Migratorios del Norte
academia        | member   | YUC ROO  | env       | 2023-06-22 | -          | yes | Instituto Peninsular de Derecho Ambiental
private_sector  | member   | NLE CMX  | tip env   | 2022-03-24 | -          | yes | Consejo Empresarial por Cadenas de Suministro Responsables
private_sector  | member   | GUA TAM  | tip som   | 2022-04-05 | 2024-10-31 | yes | Asociación de Transportistas por la Legalidad
private_sector  | member   | CMX      | ml fr     | 2023-02-09 | -          | yes | Foro de Cumplimiento Financiero
youth           | member   | JAL MIC  | dr fa     | 2022-04-05 | -          | yes | Red Juvenil por la Legalidad
youth           | member   | CHH      | som       | 2023-11-09 | -          | yes | Colectivo Juvenil Migrante del Norte
youth           | member   | PUE VER  | tip       | 2024-03-14 | -          | yes | Brigada Universitaria por la Paz
victim_led      | member   | CMX PUE  | tip       | 2022-03-24 | -          | no  | Sobrevivientes Unidas contra la Trata
victim_led      | member   | VER OAX  | som       | 2022-04-05 | -          | no  | Familias de Personas Migrantes Desaparecidas
legal           | member   | GUA QUE  | tip som   | 2022-03-24 | -          | yes | Clínica Jurídica de Derechos Humanos del Bajío
legal           | member   | CMX      | tip fa    | 2024-08-22 | -          | yes | Defensoría Ciudadana de Víctimas
media           | member   | SON CHH  | fa dr     | 2025-05-15 | -          | yes | Red de Periodismo de Investigación del Norte
think_tank      | member   | CMX      | fa co     | 2022-04-05 | -          | yes | Instituto de Políticas de Seguridad y Justicia
`;

export function mexicoMemberSeeds() {
	return parseMemberTable(table, { alliance: 'MEX', regionPrefix: 'MX' });
}
