/**
 * Sources cited by the demo data: the schema package's list plus the domain.md (section E)
 * sources it does not carry yet. Keys follow domain.md's numbering.
 */
import { sources } from '@untoc-alliance/schema';

export const demoSources = {
	...sources,
	S2: 'https://cgr.com.pk/pakistan-untoc-reiew',
	S11: 'https://www.unodc.org/unodc/en/ngos/civil-society-regional-networks-for-untoc-implementation-net4u.html',
	S20: 'https://www.unodc.org/unodc/en/organized-crime/intro/review-mechanism-untoc/home.html',
	S24: 'https://www.lastradainternational.org/news/untoc-review-mechanism-delayed-no-public-findings-yet/',
	S27: 'https://crimealliance.org/what-we-do/un-processes/SE4U1/',
	S28: 'https://globalinitiative.net/analysis/boosting-civil-society-capacity-to-engage-on-un-organized-crime-issues-in-asia/',
	S29: 'https://www.unodc.org/unodc/en/frontpage/2020/June/unodc-launches-toolkit-on-stakeholder-engagement-for-implementing-un-convention-against-transnational-organized-crime.html',
	S31: 'https://www.unodc.org/unodc/en/ngos/uniting-forces-against-transnational-organized-crime.html',
	S45: 'https://www.unodc.org/unodc/en/ngos/stakeholder-engagement-in-the-implementation-of-the-review-mechanism-of-the-un-convention-against-transnational-organized-crime.html',
	S48: 'https://www.unodc.org/unodc/en/organized-crime/news/2024/untoc-review-mechanism-officials-meet-to-drive-forward-the-review-of-the-implementation-of-the-smuggling-of-migrants-protocol.html'
} as const;

export type SourceKey = keyof typeof demoSources;
