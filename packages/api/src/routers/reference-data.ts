/** The static part of `reference.vocabulary`, built from the schema package's lists. */
import {
	clusterList,
	contributionTypes,
	countryOfRegion,
	eventFormats,
	eventTypes,
	instrumentList,
	intervals,
	regionNames,
	reviewStepList,
	sectors,
	sides,
	stepStatuses,
	themes,
	type RegionCode,
	type Vocabulary,
	type VocabularyOutput
} from '@untoc-alliance/schema';

function labelled<TCode extends string>(vocab: Vocabulary<TCode>) {
	return vocab.codes.map((code) => ({ code, label: vocab.labels[code] }));
}

function regions() {
	return (Object.keys(regionNames) as RegionCode[]).map((code) => ({
		code,
		label: regionNames[code],
		country: countryOfRegion(code)
	}));
}

/** Everything in the vocabulary output except the alliances, which come from the database. */
export function referenceData(): Omit<VocabularyOutput, 'alliances'> {
	return {
		sectors: labelled(sectors),
		sides: labelled(sides),
		themes: labelled(themes),
		eventTypes: labelled(eventTypes),
		eventFormats: labelled(eventFormats),
		stepStatuses: labelled(stepStatuses),
		contributionTypes: labelled(contributionTypes),
		intervals: labelled(intervals),
		regions: regions(),
		instruments: [...instrumentList],
		clusters: [...clusterList],
		reviewSteps: [...reviewStepList]
	};
}
