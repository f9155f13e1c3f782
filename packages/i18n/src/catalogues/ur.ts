/**
 * Urdu (اردو), right to left. Numbers and dates by `Intl` for `ur-PK`. Drafted by the team, not
 * yet reviewed by a professional translator: corrections are welcome (README, "Languages").
 */
import { recordDateRange } from '@untoc-alliance/schema';
import { defineCatalogue } from '../define.ts';
import type { Messages } from './en.ts';

export default defineCatalogue<Messages>(
	{ tag: 'ur', name: 'اردو', dir: 'rtl', intl: 'ur-PK' },
	(f) => ({
		app: {
			title: 'یو این ٹی او سی اتحاد ڈیش بورڈ',
			skipToContent: 'مواد پر جائیں',
			mainNavigation: 'مرکزی',
			language: 'زبان',
			theme: 'رنگ ڈھنگ',
			themes: { system: 'سسٹم کے مطابق', light: 'روشن', dark: 'تاریک' },
			unknownLanguage: (tag: string) =>
				`"${tag}" کے لیے کوئی ترجمہ موجود نہیں؛ صفحہ انگریزی میں دکھایا جا رہا ہے۔`,
			nav: 'صفحات',
			pages: {
				overview: 'مجموعی منظر',
				alliance: 'اتحاد',
				engagement: 'شمولیت',
				review: 'نظرِ ثانی میں پیش رفت',
				signin: 'داخل ہوں',
				admin: 'انتظامیہ',
				import: 'درآمد',
				brief: 'قابلِ طباعت خلاصہ'
			},
			loading: {
				overview: 'مجموعی منظر لوڈ ہو رہا ہے…',
				alliance: 'اتحاد کا صفحہ لوڈ ہو رہا ہے…',
				engagement: 'شمولیت کا صفحہ لوڈ ہو رہا ہے…',
				review: 'نظرِ ثانی کا صفحہ لوڈ ہو رہا ہے…',
				signin: 'داخلے کا صفحہ لوڈ ہو رہا ہے…',
				admin: 'انتظامیہ کا صفحہ لوڈ ہو رہا ہے…',
				import: 'درآمد کا صفحہ لوڈ ہو رہا ہے…',
				brief: 'خلاصہ لوڈ ہو رہا ہے…'
			},
			failed: {
				overview: (error: string) => `مجموعی منظر لوڈ نہیں ہو سکا: ${error}۔`,
				alliance: (error: string) => `اتحاد کا صفحہ لوڈ نہیں ہو سکا: ${error}۔`,
				engagement: (error: string) => `شمولیت کا صفحہ لوڈ نہیں ہو سکا: ${error}۔`,
				review: (error: string) => `نظرِ ثانی کا صفحہ لوڈ نہیں ہو سکا: ${error}۔`,
				signin: (error: string) => `داخلے کا صفحہ لوڈ نہیں ہو سکا: ${error}۔`,
				admin: (error: string) => `انتظامیہ کا صفحہ لوڈ نہیں ہو سکا: ${error}۔`,
				import: (error: string) => `درآمد کا صفحہ لوڈ نہیں ہو سکا: ${error}۔`,
				brief: (error: string) => `خلاصہ لوڈ نہیں ہو سکا: ${error}۔`
			},
			alliance: 'اتحاد',
			allAlliances: 'تمام اتحاد',
			demo: 'نمونے کا ڈیٹا',
			demoNote: 'یہ دکھانے کے لیے کہ ڈیش بورڈ کیسے کام کرتا ہے، ان میں سے کچھ اعداد فرضی ہیں۔'
		},
		common: {
			milestone: {
				pilotLaunch: (alliance: string) => `تجرباتی اقدام کا آغاز (${alliance})`,
				copOpens: (session: string) => `${session} کا ویانا میں آغاز`
			},
			hidden: 'پوشیدہ',
			unknown: 'نامعلوم',
			loading: 'لوڈ ہو رہا ہے…',
			unknownError: 'نامعلوم خرابی',
			fewerThan: (below: string) => `${below} سے کم`,
			suppressedNote: (below: string) => `${below} سے کم: چھوٹے گروہوں کے تحفظ کے لیے پوشیدہ`,
			quarter: (quarter: number, year: string) => `سہ ماہی ${f.count(quarter)}، ${year}`,
			noCluster: 'کوئی کلسٹر نہیں',
			cluster: (id: number) => `کلسٹر ${f.count(id)}`,
			clusterNamed: (id: number, name: string) => `کلسٹر ${f.count(id)}: ${name}`,
			count: {
				members: (n: number) => f.plural(n, { one: '# رکن', other: '# اراکین' }),
				events: (n: number) => f.plural(n, { one: '# تقریب', other: '# تقریبات' }),
				participants: (n: number) => f.plural(n, { one: '# شریک', other: '# شرکاء' }),
				organisations: (n: number) => f.plural(n, { one: '# تنظیم', other: '# تنظیمیں' })
			}
		},
		vocab: {
			sector: {
				ngo: 'غیر سرکاری تنظیم / سول سوسائٹی تنظیم',
				academia: 'تعلیمی ادارے',
				think_tank: 'تھنک ٹینک',
				private_sector: 'نجی شعبہ',
				media: 'ذرائع ابلاغ',
				legal: 'قانونی پیشہ',
				faith_based: 'مذہبی تنظیمیں',
				youth: 'نوجوان',
				victim_led: 'متاثرین اور بچ جانے والوں کی زیرِ قیادت',
				labour: 'مزدور',
				expert: 'انفرادی ماہر'
			},
			side: {
				government: 'حکومت',
				civil_society: 'سول سوسائٹی',
				international: 'بین الاقوامی'
			},
			theme: {
				trafficking_in_persons: 'انسانی اسمگلنگ',
				smuggling_of_migrants: 'تارکینِ وطن کی اسمگلنگ',
				firearms: 'آتشیں اسلحہ',
				drugs: 'منشیات',
				money_laundering: 'منی لانڈرنگ',
				cybercrime: 'سائبر جرائم',
				corruption: 'بدعنوانی',
				environmental_crime: 'ماحولیاتی جرائم',
				terrorism: 'دہشت گردی',
				fraud: 'دھوکا دہی'
			},
			instrument: {
				untoc: 'بین الاقوامی منظم جرائم کے خلاف اقوامِ متحدہ کا کنونشن',
				tip_protocol: 'انسانی اسمگلنگ کا پروٹوکول',
				som_protocol: 'تارکینِ وطن کی اسمگلنگ کا پروٹوکول',
				firearms_protocol: 'آتشیں اسلحے کا پروٹوکول'
			},
			eventType: {
				launch: 'آغاز',
				consultation: 'مشاورت',
				workshop: 'ورکشاپ',
				training: 'تربیت',
				constructive_dialogue: 'تعمیری مکالمہ',
				conference: 'کانفرنس',
				roundtable: 'گول میز',
				side_event: 'ضمنی تقریب',
				plenary: 'مکمل اجلاس',
				advisory_board: 'مشاورتی بورڈ',
				working_group: 'ورکنگ گروپ',
				network_meeting: 'نیٹ ورک اجلاس'
			},
			reviewStep: {
				focal_point: 'فوکل پوائنٹ کی تقرری',
				experts: 'سرکاری ماہرین کی تقرری',
				self_assessment: 'خود تشخیصی سوالنامہ',
				written_feedback: 'تحریری آراء',
				dialogue: 'مکالمہ',
				observations: 'مشاہدات کی فہرست',
				summary: 'خلاصہ'
			},
			stepStatus: {
				not_started: 'شروع نہیں ہوا',
				in_progress: 'جاری',
				completed: 'مکمل'
			},
			contributionType: {
				parallel_report: 'متوازی رپورٹ',
				position_paper: 'مؤقف نامہ',
				policy_brief: 'پالیسی بریف',
				saq_input: 'خود تشخیص میں حصہ',
				statement: 'بیان',
				declaration: 'اعلامیہ'
			},
			eventFormat: { in_person: 'بالمشافہ', online: 'آن لائن', hybrid: 'مخلوط' },
			membershipRole: { lead: 'قائد', convener: 'منتظم', member: 'رکن' },
			interval: { month: 'مہینہ', quarter: 'سہ ماہی', year: 'سال' },
			region: {
				'PK-IS': 'اسلام آباد',
				'PK-PB': 'پنجاب',
				'PK-SD': 'سندھ',
				'PK-KP': 'خیبر پختونخوا',
				'PK-BA': 'بلوچستان',
				'PK-GB': 'گلگت بلتستان',
				'PK-JK': 'آزاد جموں و کشمیر',
				'MX-AGU': 'آگواسکالیئنتس',
				'MX-BCN': 'باخا کیلیفورنیا',
				'MX-BCS': 'باخا کیلیفورنیا سور',
				'MX-CAM': 'کامپیچے',
				'MX-CHP': 'چیاپاس',
				'MX-CHH': 'چیواوا',
				'MX-CMX': 'میکسیکو سٹی',
				'MX-COA': 'کواویلا',
				'MX-COL': 'کولیما',
				'MX-DUR': 'دورانگو',
				'MX-GUA': 'گواناخواتو',
				'MX-GRO': 'گیریرو',
				'MX-HID': 'ہیدالگو',
				'MX-JAL': 'خالیسکو',
				'MX-MEX': 'ریاست میکسیکو',
				'MX-MIC': 'میچوآکان',
				'MX-MOR': 'موریلوس',
				'MX-NAY': 'نایاریت',
				'MX-NLE': 'نویوو لیون',
				'MX-OAX': 'اوآخاکا',
				'MX-PUE': 'پوئبلا',
				'MX-QUE': 'کیریتارو',
				'MX-ROO': 'کنتانا رو',
				'MX-SLP': 'سان لوئس پوتوسی',
				'MX-SIN': 'سینالوا',
				'MX-SON': 'سونورا',
				'MX-TAB': 'تاباسکو',
				'MX-TAM': 'تاماؤلیپاس',
				'MX-TLA': 'تلاکسکالا',
				'MX-VER': 'ویراکروز',
				'MX-YUC': 'یوکاتان',
				'MX-ZAC': 'زاکاتیکاس'
			},
			country: { PAK: 'پاکستان', MEX: 'میکسیکو' },
			clusterName: {
				1: 'جرم قرار دینا اور دائرۂ اختیار',
				2: 'بین الاقوامی تعاون، باہمی قانونی معاونت اور ضبطی',
				3: 'قانون نافذ کرنے والے ادارے اور عدالتی نظام',
				4: 'انسداد، تکنیکی معاونت، تحفظ کے اقدامات اور دیگر اقدامات'
			}
		},
		chart: {
			legend: 'علامات',
			today: 'آج',
			pointValue: (point: string, series: string, value: string) =>
				`${point} میں ${series}: ${value}`,
			pointValueOf: (p: { point: string; series: string; value: string; total: string }) =>
				`${p.point} میں ${p.series}: ${p.total} میں سے ${p.value}`,
			hint: {
				rows: 'پڑھنے کے لیے کسی قطار پر اشارہ کریں، یا چارٹ پر جا کر تیر والی کلیدیں استعمال کریں۔',
				segments:
					'پڑھنے کے لیے کسی حصے پر اشارہ کریں، یا چارٹ پر جا کر تیر والی کلیدیں استعمال کریں۔',
				network:
					'چارٹ پر جائیں اور تنظیموں کو ایک ایک کر کے دیکھنے کے لیے تیر والی کلیدیں استعمال کریں۔'
			},
			status: {
				completed: 'مکمل',
				inProgress: 'جاری',
				notStarted: 'شروع نہیں ہوا',
				unknown: 'نامعلوم',
				completedDateUnknown: 'مکمل، تاریخ نامعلوم',
				doneNoDate: 'مکمل، بلا تاریخ'
			},
			delayDays: (n: number) => f.plural(n, { one: '+# دن', other: '+# دن' }),
			swimlaneKey: { planned: 'منصوبہ (◇ آخری تاریخ)', delay: 'تاخیر' },
			tiles: {
				legendTitle: 'اراکین',
				zero: (zero: string) => `${zero}: کوئی نہیں`,
				notInFilter: '–: فلٹر میں شامل نہیں',
				tip: (region: string, count: string) => `${region}: ${count}`,
				outOfFilter: 'فلٹر میں شامل نہیں',
				suppressedMembers: (fewer: string) => `${fewer} اراکین`,
				selected: (text: string) => `${text} (منتخب)`
			},
			tileShort: {
				'PK-GB': 'جی بی',
				'PK-KP': 'کے پی',
				'PK-IS': 'اسلام آباد',
				'PK-JK': 'آزاد کشمیر',
				'PK-BA': 'بلوچستان',
				'PK-PB': 'پنجاب',
				'PK-SD': 'سندھ'
			},
			cell: (row: string, column: string, value: string) => `${row}، ${column}: ${value}`,
			csv: {
				filter: (filter: string) => `فلٹر: ${filter}`,
				source: (source: string) => `ماخذ: ${source}`,
				asOf: (date: string) => `بتاریخ: ${date}`,
				unknownDate: 'نامعلوم',
				synthetic: 'نمونے کا ڈیٹا: کچھ قطاریں فرضی ہیں۔'
			},
			card: {
				loading: 'لوڈ ہو رہا ہے…',
				defaultSource: 'اتحاد کے ریکارڈ، یو این ٹی او سی اتحاد ڈیش بورڈ',
				source: (source: string) => `ماخذ: ${source}`,
				asOf: (day: string) => `${day} کی صورتِ حال`,
				demo: 'نمونے کا ڈیٹا',
				showTable: 'جدول دکھائیں',
				hideTable: 'جدول چھپائیں',
				retry: 'دوبارہ کوشش کریں',
				clearFilters: 'فلٹر ہٹائیں',
				failed: (what: string, error: string) => `${what} لوڈ کرنے میں ناکامی: ${error}۔`
			},
			export: {
				group: (title: string) => `${title} ڈاؤن لوڈ کریں`,
				csv: 'اعداد CSV کے طور پر ڈاؤن لوڈ کریں',
				svg: 'چارٹ SVG کے طور پر ڈاؤن لوڈ کریں',
				png: 'چارٹ PNG کے طور پر ڈاؤن لوڈ کریں',
				pngFailed: (error: string) => `PNG برآمد ناکام رہی: ${error}`,
				noFilter: 'کوئی نہیں'
			}
		},
		filter: {
			label: 'فلٹر',
			toggle: (active: number) => (active > 0 ? `فلٹر (${f.count(active)})` : 'فلٹر'),
			sector: 'شعبہ',
			region: 'علاقہ',
			theme: 'موضوع',
			from: 'کب سے',
			to: 'کب تک',
			all: 'سب',
			chosen: (n: number) => `${f.count(n)} منتخب`,
			periodOrder: 'مدت اپنے آغاز سے پہلے ختم ہو رہی ہے: "کب تک" کی تاریخ "کب سے" سے پہلے ہے۔',
			periodInvalid: 'یہ درست مدت نہیں۔',
			active: 'فعال فلٹر',
			remove: (filter: string) => `${filter} ہٹائیں`,
			fromDay: (day: string) => `${day} سے`,
			untilDay: (day: string) => `${day} تک`,
			clear: 'صاف کریں',
			problems: 'اس لنک کا کچھ حصہ استعمال نہیں ہو سکا؛ باقی حصہ لاگو ہے۔',
			ignored: (value: string, param: string, reason: string) =>
				`"${param}" کی قدر "${value}" نظرانداز کر دی گئی: ${reason}۔`
		},
		overview: {
			title: 'مجموعی منظر',
			headlines: {
				label: 'اہم اعداد',
				members: 'اراکین',
				sectors: 'نمائندہ شعبے',
				regions: 'شامل علاقے',
				events: 'تقریبات',
				participants: 'شرکاء',
				stepsCompleted: 'جائزے کے مکمل اقدامات'
			},
			loadingCharts: 'چارٹ لوڈ ہو رہے ہیں…',
			milestones: {
				pilotLaunch: 'آزمائشی منصوبے کا آغاز',
				conference: (session: number) => `COP${session}`
			}
		},
		alliance: {
			title: 'اتحاد کے اراکین',
			intro:
				'کسی بار، خانے یا پٹی پر کلک کریں، یا کسی چارٹ پر فوکس کر کے تیر والی کلیدیں اور انٹر دبائیں، تاکہ اس کا شعبہ، علاقہ یا موضوع فلٹر میں شامل ہو جائے؛ دوبارہ کلک کرنے سے وہ ہٹ جاتا ہے۔',
			filter: {
				thisSelection: 'اس انتخاب',
				/** «تعلیمی ادارے، گلگت بلتستان میں، منشیات یا دھوکا دہی پر کام، 1 جنوری 2022 سے، 31 دسمبر 2024 تک» */
				describe: (p: {
					sectors: readonly string[];
					regions: readonly string[];
					themes: readonly string[];
					from: string | undefined;
					to: string | undefined;
				}) =>
					`«${[
						...(p.sectors.length > 0 ? [p.sectors.join(' یا ')] : []),
						...(p.regions.length > 0 ? [`${p.regions.join(' یا ')} میں`] : []),
						...(p.themes.length > 0 ? [`${p.themes.join(' یا ')} پر کام`] : []),
						...(p.from ? [`${p.from} سے`] : []),
						...(p.to ? [`${p.to} تک`] : [])
					].join('، ')}»`,
				forExport: (alliance: string | undefined, described: string | undefined) =>
					[...(alliance ? [`اتحاد ${alliance}`] : []), ...(described ? [described] : [])].join(
						'؛ '
					) || 'کوئی نہیں'
			},
			noMembersMatch: (filter: string) => `کوئی رکن ${filter} سے مطابقت نہیں رکھتا۔`,
			findings: {
				noMembers: 'کوئی رکن اس فلٹر سے مطابقت نہیں رکھتا۔',
				fewMembers: (fewer: string) => `${fewer} اراکین اس فلٹر سے مطابقت رکھتے ہیں۔`,
				composition: {
					allSmall: (total: number, fewer: string) =>
						`تمام ${f.count(total)} اراکین ایسے شعبوں سے ہیں جن میں سے ہر ایک میں ${fewer} اراکین ہیں۔`,
					one: (sector: string) => `واحد رکن ${sector} سے ہے۔`,
					all: (total: number, sector: string) => `تمام ${f.count(total)} اراکین ${sector} سے ہیں۔`,
					largest: (sector: string, share: number, total: number) =>
						`${f.count(total)} اراکین میں سے ${f.share(share)} ${sector} سے ہیں۔`
				},
				region: {
					allSmall: (fewer: string) => `ہر علاقے میں ${fewer} اراکین ہیں۔`,
					largest: (p: { region: string; count: number; total: number }) =>
						`سب سے زیادہ اراکین ${p.region} میں ہیں: ${f.count(p.total)} میں سے ${f.count(p.count)} (${f.share(p.count / p.total)})۔`
				},
				matrix: {
					allSmall: (fewer: string) => `شعبے اور جرم کے موضوع کی ہر جوڑی میں ${fewer} اراکین ہیں۔`,
					none: 'جرم کے کسی موضوع والا کوئی رکن اس فلٹر سے مطابقت نہیں رکھتا۔',
					largest: (count: number, sector: string, theme: string) =>
						`سب سے بڑا گروہ: ${sector} کے ${f.plural(count, { one: '# رکن', other: '# اراکین' })} جو ${theme} پر کام ${f.plural(count, { one: 'کرتا ہے', other: 'کرتے ہیں' })}۔`
				},
				growth: {
					oneMonth: (n: number | null, amount: string, month: string) =>
						`${month} میں ${n === null ? `${amount} اراکین` : f.plural(n, { one: '# رکن', other: '# اراکین' })}۔`,
					stayed: (amount: string, from: string, to: string) =>
						`${from} سے ${to} تک اراکین کی تعداد ${amount} پر برقرار رہی`,
					grew: (from: { amount: string; month: string }, to: { amount: string; month: string }) =>
						`اراکین ${from.month} میں ${from.amount} سے بڑھ کر ${to.month} میں ${to.amount} ہو گئے`,
					fell: (from: { amount: string; month: string }, to: { amount: string; month: string }) =>
						`اراکین ${from.month} میں ${from.amount} سے گھٹ کر ${to.month} میں ${to.amount} رہ گئے`,
					went: (from: { amount: string; month: string }, to: { amount: string; month: string }) =>
						`اراکین ${from.month} میں ${from.amount} تھے اور ${to.month} میں ${to.amount}`,
					sentence: (change: string) => `${change}۔`,
					withTop: (change: string, sector: string, gain: number) =>
						`${change}؛ سب سے زیادہ اضافہ ${sector} میں ہوا (+${f.count(gain)})۔`
				},
				timeline: {
					none: 'کوئی تقریب اس فلٹر سے مطابقت نہیں رکھتی۔',
					totals: (events: number, participants: number) =>
						`${f.plural(events, { one: '# تقریب', other: '# تقریبات' })}، کل ${f.plural(participants, { one: '# شریک', other: '# شرکاء' })}۔`,
					busiest: (
						totals: { events: number; participants: number },
						busiest: { interval: 'month' | 'quarter' | 'year'; when: string; events: number }
					) => {
						const { when } = busiest;
						const which = {
							month: `سب سے مصروف مہینہ ${when} تھا`,
							quarter: `سب سے مصروف سہ ماہی ${when} تھی`,
							year: `سب سے مصروف سال ${when} تھا`
						}[busiest.interval];
						return `${f.plural(totals.events, { one: '# تقریب', other: '# تقریبات' })}، کل ${f.plural(totals.participants, { one: '# شریک', other: '# شرکاء' })}؛ ${which}، جس میں ${f.plural(busiest.events, { one: '# تقریب ہوئی', other: '# تقریبات ہوئیں' })}۔`;
					}
				},
				review: {
					none: 'اس انتخاب کے لیے جائزے کا کوئی ڈیٹا موجود نہیں۔',
					allUnknown: (clusters: number) =>
						`تمام ${f.count(clusters)} کلسٹرز کی پیش رفت نامعلوم ہے۔`,
					furthest: (p: {
						country: string | undefined;
						cluster: number;
						share: number;
						unknown: number;
						clusters: number;
					}) => {
						const where = p.country
							? `${p.country} کا کلسٹر ${f.count(p.cluster)}`
							: `کلسٹر ${f.count(p.cluster)}`;
						const tail =
							p.unknown > 0
								? `؛ ${f.count(p.clusters)} میں سے ${f.plural(p.unknown, { one: '# کلسٹر', other: '# کلسٹرز' })} کی پیش رفت نامعلوم ہے۔`
								: '۔';
						return `${where} سب سے آگے ہے، ${f.share(p.share)} مکمل${tail}`;
					}
				}
			},
			composition: {
				title: 'شعبے کے لحاظ سے اراکین',
				failed: (error: string) => `شعبے کے لحاظ سے اراکین لوڈ نہیں ہو سکے: ${error}۔`,
				columns: { sector: 'شعبہ', members: 'اراکین', share: 'حصہ' }
			},
			regions: {
				title: 'علاقے کے لحاظ سے اراکین',
				failed: (error: string) => `علاقے کے لحاظ سے اراکین لوڈ نہیں ہو سکے: ${error}۔`,
				showAs: 'دکھانے کا انداز',
				tiles: 'خانے',
				bars: 'بار',
				columns: { region: 'علاقہ', members: 'اراکین', share: 'اراکین میں حصہ' }
			},
			matrix: {
				title: 'شعبے اور جرم کے موضوع کے لحاظ سے اراکین',
				failed: (error: string) => `شعبہ × موضوع کا جدول لوڈ نہیں ہو سکا: ${error}۔`,
				sector: 'شعبہ'
			},
			growth: {
				title: 'شعبے کے لحاظ سے رکنیت میں اضافہ',
				failed: (error: string) => `رکنیت میں اضافے کے اعداد لوڈ نہیں ہو سکے: ${error}۔`,
				caption: 'ہر مہینے کے آخر میں اراکین، شعبے کے لحاظ سے',
				columns: { month: 'مہینہ', members: 'اراکین', milestones: 'سنگِ میل' },
				exportFilter: (filter: string) => `${filter}؛ ہر مہینے کے آخر میں اراکین`,
				milestone: (label: string, day: string) => `${label} (${day})`
			},
			list: {
				title: 'اراکین',
				loading: 'اراکین لوڈ ہو رہے ہیں…',
				total: (total: number) => f.plural(total, { one: '# رکن', other: '# اراکین' }),
				totalUnnamed: (total: number, unnamed: number) =>
					`${f.plural(total, { one: '# رکن', other: '# اراکین' })} درج ہیں اور ${f.plural(unnamed, { one: '# تنظیم کا نام ظاہر نہیں کیا گیا', other: '# تنظیموں کے نام ظاہر نہیں کیے گئے' })}`,
				search: 'نام سے تلاش کریں',
				searchFor: (q: string) => `تلاش «${q}»`,
				filterAndSearch: (filter: string, search: string) => `${filter} اور ${search}`,
				failed: (error: string) => `اراکین کی فہرست لوڈ نہیں ہو سکی: ${error}۔`,
				retry: 'دوبارہ کوشش کریں',
				clear: 'فلٹر اور تلاش صاف کریں',
				caption: 'فلٹر سے مطابقت رکھنے والے اراکین',
				columns: {
					name: 'نام',
					sector: 'شعبہ',
					regions: 'علاقے',
					themes: 'موضوعات',
					joined: 'شمولیت'
				},
				items: (items: readonly string[]) => items.join('، '),
				synthetic: 'فرضی',
				syntheticTitle: 'ڈیمو کے لیے گھڑا گیا',
				pages: 'اراکین کی فہرست کے صفحات',
				previous: 'پچھلا',
				next: 'اگلا',
				page: (page: number, pages: number) => `${f.count(pages)} میں سے صفحہ ${f.count(page)}`
			},
			panel: {
				loading: 'رکن لوڈ ہو رہا ہے…',
				notShown: 'رکن دکھایا نہیں جا سکا',
				close: 'بند کریں',
				notFound: (id: number) => `شناخت ${id} کا کوئی رکن موجود نہیں۔`,
				failed: (error: string) => `رکن لوڈ نہیں ہو سکا: ${error}۔`,
				retry: 'دوبارہ کوشش کریں',
				loadingDetails: 'لوڈ ہو رہا ہے…',
				fields: {
					sector: 'شعبہ',
					role: 'کردار',
					regions: 'علاقے',
					themes: 'موضوعات',
					joined: 'شمولیت',
					left: 'علیحدگی',
					data: 'ڈیٹا'
				},
				noneRecorded: 'کچھ درج نہیں',
				stillMember: 'اب بھی رکن ہے',
				synthetic: 'فرضی: ڈیمو کے لیے گھڑا گیا',
				verified: 'تصدیق شدہ',
				notVerified: 'غیر تصدیق شدہ',
				source: 'ماخذ',
				events: 'شرکت کردہ تقریبات',
				eventsCount: (total: number, listed: number) =>
					`${f.plural(total, { one: '# تقریب', other: '# تقریبات' })}${listed < total ? ` (تازہ ترین ${f.count(listed)} درج ہیں)` : ''}`,
				contributions: 'شراکتیں',
				contributionsCount: (total: number, listed: number) =>
					`${f.plural(total, { one: '# شراکت', other: '# شراکتیں' })}${listed < total ? ` (تازہ ترین ${f.count(listed)} درج ہیں)` : ''}`
			}
		},
		engagement: {
			title: 'فریقین کی شمولیت',
			intro:
				'شعبوں کے چارٹ کے کسی حصے پر کلک کریں، یا اس پر فوکس کر کے تیر والی کلیدیں اور اینٹر استعمال کریں، تاکہ وہ شعبہ فلٹر میں شامل ہو جائے (دوسرا کلک اسے ہٹا دیتا ہے)؛ ہر چارٹ اس کے مطابق بدل جاتا ہے اور براؤزر کا "واپس" بٹن اسے منسوخ کر دیتا ہے۔ تقریب کی اقسام، فریق اور کلسٹر فلٹر نہیں ہیں: ان کے چارٹوں میں تیر والی کلیدیں اور ماؤس صرف کسی نشان کی تفصیل پڑھ کر سناتے ہیں۔',
			intervalLegend: 'وقت کے چارٹ بلحاظ',
			exportBy: (filter: string, interval: string) => `${filter}؛ ${interval} کے حساب سے`,
			noEventsMatch: (filter: string) => `${filter} سے کوئی تقریب مطابقت نہیں رکھتی۔`,
			loading: 'لوڈ ہو رہا ہے…',
			column: {
				events: 'تقریبات',
				participants: 'شرکاء',
				eventType: 'تقریب کی قسم',
				cluster: 'جائزے کا کلسٹر',
				share: 'تناسب'
			},
			findings: {
				noEvents: 'اس فلٹر سے کوئی تقریب مطابقت نہیں رکھتی۔',
				eventTotals: (events: number, participants: number) =>
					`${f.plural(events, { one: '# تقریب', other: '# تقریبات' })}، ${f.plural(participants, { one: '# شریک', other: '# شرکاء' })} کے ساتھ۔`,
				eventsOneType: (events: number, participants: number, type: string) =>
					`${f.plural(events, { one: '# تقریب', other: '# تقریبات' })}، ${f.plural(participants, { one: '# شریک', other: '# شرکاء' })} کے ساتھ، سب کی قسم ${type}۔`,
				eventsTopType: (p: { events: number; participants: number; type: string; n: number }) =>
					`${f.plural(p.events, { one: '# تقریب', other: '# تقریبات' })}، ${f.plural(p.participants, { one: '# شریک', other: '# شرکاء' })} کے ساتھ؛ سب سے عام قسم ${p.type} تھی (${f.count(p.events)} میں سے ${f.count(p.n)})۔`,
				noSectorParticipants: 'اس فلٹر سے سول سوسائٹی کا کوئی شریک مطابقت نہیں رکھتا۔',
				topSector: (sector: string, n: number, total: number) =>
					`سول سوسائٹی کے سب سے زیادہ شرکاء ${sector} سے آئے: ${f.count(total)} میں سے ${f.count(n)} (${f.share(n / total)})۔`,
				noParticipants: 'اس فلٹر سے کوئی شریک مطابقت نہیں رکھتا۔',
				sides: (p: {
					side: string;
					share: number;
					total: number;
					others: readonly { side: string; share: number }[];
				}) =>
					`${f.count(p.total)} شرکاء میں سے ${f.share(p.share)} ${p.side} سے تھے؛ ${p.others.length === 0 ? 'کسی اور فریق نے حصہ نہیں لیا' : p.others.map((o) => `${o.side} ${f.share(o.share)}`).join('، ')}۔`,
				trilateralEvery: (events: number) =>
					`تینوں فریقوں نے تمام ${f.plural(events, { one: '# تقریب', other: '# تقریبات' })} میں حصہ لیا۔`,
				trilateral: (p: {
					all: number;
					events: number;
					least?: { type: string; trilateral: number; events: number };
				}) =>
					`تینوں فریقوں نے ${f.count(p.events)} میں سے ${f.count(p.all)} تقریبات (${f.share(p.all / p.events)}) میں حصہ لیا${p.least ? `؛ سب سے کم ${p.least.type} میں (${f.count(p.least.events)} میں سے ${f.count(p.least.trilateral)})` : ''}۔`,
				topCluster: (p: { cluster: string; events: number; participants: number; none: number }) =>
					`سب سے زیادہ تقریبات ${p.cluster} کے لیے ہوئیں: ${f.count(p.events)}، جن میں ${f.plural(p.participants, { one: '# شریک تھا', other: '# شرکاء تھے' })}${p.none > 0 ? `؛ ${f.plural(p.none, { one: '# تقریب کسی کلسٹر کے لیے نہیں تھی', other: '# تقریبات کسی کلسٹر کے لیے نہیں تھیں' })}۔` : '۔'}`,
				noCluster: (none: number) =>
					`${f.plural(none, { one: '# تقریب', other: '# تقریبات' })} میں سے کوئی بھی جائزے کے کسی کلسٹر کے لیے نہیں تھی۔`
			},
			milestones: {
				failed: 'سنگِ میل لوڈ نہیں ہو سکے، اس لیے کوئی نہیں دکھایا گیا۔',
				loading: 'سنگِ میل لوڈ ہو رہے ہیں…',
				none: 'اس مدت میں کوئی سنگِ میل نہیں آتا۔',
				head: 'سنگِ میل (ٹوٹی لکیریں):',
				list: (items: readonly { day: string; label: string }[]) =>
					`${items.map((i) => `${i.day} ${i.label}`).join('؛ ')}۔`
			},
			types: {
				title: 'وقت کے ساتھ تقریبات، قسم کے لحاظ سے',
				failed: (error: string) => `وقت کے ساتھ تقریبات لوڈ نہیں ہو سکیں: ${error}۔`,
				tableCaption: (interval: string) =>
					`تقریبات اور شرکاء، ${interval} اور تقریب کی قسم کے لحاظ سے`,
				readout: (p: { bucket: string; type: string; events: number; total: number }) =>
					`${p.bucket} · ${p.type}: ${f.count(p.total)} میں سے ${f.plural(p.events, { one: '# تقریب', other: '# تقریبات' })}`
			},
			participation: {
				sectorTitle: 'وقت کے ساتھ سول سوسائٹی کے شرکاء، شعبے کے لحاظ سے',
				sideTitle: 'وقت کے ساتھ شرکاء، فریق کے لحاظ سے',
				sectorFailed: (error: string) => `شعبے کے لحاظ سے شرکاء کا ڈیٹا لوڈ نہیں ہو سکا: ${error}۔`,
				sideFailed: (error: string) => `فریق کے لحاظ سے شرکاء کا ڈیٹا لوڈ نہیں ہو سکا: ${error}۔`,
				sectorTotal: 'سول سوسائٹی کے شرکاء',
				sideTotal: 'تمام شرکاء',
				sectorCaption: (interval: string) =>
					`سول سوسائٹی کے شرکاء، ${interval} اور شعبے کے لحاظ سے`,
				sideCaption: (interval: string) => `شرکاء، ${interval} اور فریق کے لحاظ سے`,
				readout: (p: {
					bucket: string;
					name: string;
					participants: number;
					total: number;
					action?: 'add' | 'remove';
				}) =>
					`${p.bucket} · ${p.name}: ${f.count(p.total)} میں سے ${f.plural(p.participants, { one: '# شریک', other: '# شرکاء' })}${p.action === 'add' ? ' (اینٹر دبانے سے اس کا فلٹر لگ جاتا ہے)' : p.action === 'remove' ? ' (اینٹر دبانے سے یہ فلٹر سے ہٹ جاتا ہے)' : ''}`
			},
			trilateral: {
				title: 'تینوں فریقوں (حکومت، سول سوسائٹی، بین الاقوامی) والی تقریبات، قسم کے لحاظ سے',
				failed: (error: string) => `تینوں فریقوں کا تناسب لوڈ نہیں ہو سکا: ${error}۔`,
				measure: 'تینوں فریقوں والی تقریبات کا تناسب',
				nOfM: (trilateral: number, events: number, share: number) =>
					`${f.count(events)} میں سے ${f.count(trilateral)} (${f.share(share)})`,
				readout: (type: string, nOfM: string) => `${type}: تینوں فریق ${nOfM} تقریبات میں`,
				exportColumn: 'تینوں فریقوں والی تقریبات',
				tableColumn: 'تینوں فریقوں کے ساتھ',
				tableCaption: 'تینوں فریقوں والی تقریبات، قسم کے لحاظ سے'
			},
			clusters: {
				title: 'جائزے کے کلسٹر کے لحاظ سے تقریبات اور شرکاء',
				failed: (error: string) => `جائزے کے کلسٹر کے لحاظ سے شمولیت لوڈ نہیں ہو سکی: ${error}۔`,
				readout: (cluster: string, events: number, participants: number) =>
					`${cluster}: ${f.plural(events, { one: '# تقریب', other: '# تقریبات' })}، ${f.plural(participants, { one: '# شریک', other: '# شرکاء' })}`
			},
			timeline: {
				title: 'وقت کے ساتھ شمولیت کی تقریبات، قسم کے لحاظ سے',
				failed: (error: string) => `شمولیت کی ٹائم لائن لوڈ نہیں ہو سکی: ${error}۔`,
				period: 'مدت',
				groupBy: 'گروہ بندی',
				more: 'شمولیت کے صفحے پر مزید',
				tableCaption: (interval: string) => `تقریبات اور شرکاء، ${interval} کے لحاظ سے`
			},
			members: {
				title: 'سب سے زیادہ اور سب سے کم سرگرم اراکین',
				failed: (error: string) => `سرگرم اراکین کا ڈیٹا لوڈ نہیں ہو سکا: ${error}۔`,
				noneMatch: (filter: string) => `${filter} سے کوئی رکن مطابقت نہیں رکھتا۔`,
				most: 'سب سے زیادہ سرگرم',
				least: 'سب سے کم سرگرم',
				inactiveTitle: 'گزشتہ 12 مہینوں میں غیر سرگرم اراکین',
				inactiveSummary: (p: {
					inactive: string;
					members: string;
					since: string;
					asOf: string;
					listed?: number;
				}) =>
					`${p.members} اراکین میں سے ${p.inactive} نے ${p.since} اور ${p.asOf} کے درمیان کسی تقریب میں حصہ نہیں لیا${p.listed === undefined ? '' : `؛ سب سے طویل عرصے سے غیر سرگرم ${f.count(p.listed)} اراکین درج ہیں`}۔`,
				member: 'رکن',
				sector: 'شعبہ',
				lastEventColumn: 'آخری تقریب',
				never: 'کبھی نہیں',
				source: (source: string) => `ماخذ: ${source}`,
				asOf: (day: string) => `${day} تک`,
				demo: 'نمونے کا ڈیٹا',
				noMembers: 'اس فلٹر سے کوئی رکن مطابقت نہیں رکھتا۔',
				suppressedMembers: (fewer: string) => `${fewer} اراکین`,
				inactiveClause: (p: { inactive: string; members: string; since: string; asOf: string }) =>
					`${p.members} میں سے ${p.inactive} نے ${p.since} اور ${p.asOf} کے درمیان کسی تقریب میں حصہ نہیں لیا`,
				noneEngaged: (inactive: string) =>
					`کسی رکن نے مطابقت رکھنے والی کسی تقریب میں حصہ نہیں لیا؛ ${inactive}۔`,
				mostEngaged: (name: string, events: number, inactive: string) =>
					`${name} سب سے زیادہ سرگرم رکن ہے، ${f.plural(events, { one: '# تقریب', other: '# تقریبات' })} کے ساتھ؛ ${inactive}۔`,
				counts: (events: number, participants: number) =>
					`${f.plural(events, { one: '# تقریب', other: '# تقریبات' })} · ${f.plural(participants, { one: '# شریک', other: '# شرکاء' })}`,
				lastEvent: (day: string) => `آخری تقریب ${day}`,
				neverTookPart: 'کبھی کسی تقریب میں حصہ نہیں لیا'
			},
			network: {
				title: 'کون کس کے ساتھ کام کرتا ہے',
				failed: (error: string) => `تنظیموں کا نیٹ ورک لوڈ نہیں ہو سکا: ${error}۔`,
				noOrganisation: (filter: string) =>
					`کسی تنظیم نے ${filter} سے مطابقت رکھنے والی کسی تقریب میں حصہ نہیں لیا۔`,
				noneShared: (organisations: number, filter: string) =>
					`${filter} سے مطابقت رکھنے والی ${f.plural(organisations, { one: '# تنظیم', other: '# تنظیموں' })} میں سے کسی نے کوئی تقریب مشترک نہیں کی۔`,
				threshold: 'وہ جوڑے دکھائیں جن کی کم از کم مشترکہ تقریبات',
				option: (events: number, pairs: number) =>
					`${f.plural(events, { one: '# تقریب', other: '# تقریبات' })} (${f.plural(pairs, { one: '# جوڑا', other: '# جوڑے' })})`,
				legend: 'شعبے',
				hint: (shown: number, total: string) =>
					`${total} میں سے ${f.count(shown)} تنظیمیں دکھائی گئی ہیں، تقریبات کے حساب سے بڑی یا چھوٹی؛ لکیر کی موٹائی ان تقریبات کی تعداد ہے جن میں دونوں نے حصہ لیا۔ اینٹر یا کلک سے تنظیم کا شعبہ فلٹر میں شامل ہو جاتا ہے۔`,
				tableCaption: 'مشترکہ تقریبات کے لحاظ سے تنظیموں کے تمام جوڑے، بشمول وہ جو نہیں دکھائے گئے',
				organisation: 'تنظیم',
				sector: 'شعبہ',
				partner: 'شراکت دار',
				partnerSector: 'شراکت دار کا شعبہ',
				sharedEvents: 'مشترکہ تقریبات',
				withSector: (name: string, sector: string) => `${name} (${sector})`,
				node: (p: { name: string; sector: string; events: number; partners: number }) =>
					`${p.name} (${p.sector}): ${f.plural(p.events, { one: '# تقریب', other: '# تقریبات' })}، ${f.plural(p.partners, { one: '# شراکت دار', other: '# شراکت دار' })}`,
				noMatchingOrganisation: 'کسی تنظیم نے مطابقت رکھنے والی کسی تقریب میں حصہ نہیں لیا۔',
				noneOfShownShared: (shown: number) =>
					`دکھائی گئی ${f.plural(shown, { one: '# تنظیم', other: '# تنظیموں' })} میں سے کسی نے کوئی تقریب مشترک نہیں کی۔`,
				finding: (p: {
					a: string;
					b: string;
					shared: number;
					hub: string;
					partners: number;
					shown: number;
				}) =>
					`${p.a} اور ${p.b} نے سب سے زیادہ مل کر کام کیا، ${f.plural(p.shared, { one: '# مشترکہ تقریب', other: '# مشترکہ تقریبات' })} میں؛ ${p.hub} سب سے زیادہ تنظیموں سے جڑی ہے (دکھائی گئی ${f.count(p.shown)} میں سے ${f.count(p.partners)})۔`,
				onlyPair: 'واحد جوڑا دکھایا جا رہا ہے۔',
				allPairs: (total: number) => `تمام ${f.count(total)} جوڑے دکھائے جا رہے ہیں۔`,
				somePairs: (shown: number, total: number, minShared: number) =>
					`${f.count(total)} میں سے ${f.count(shown)} جوڑے دکھائے جا رہے ہیں، وہ جن کی کم از کم ${f.plural(minShared, { one: '# تقریب', other: '# تقریبات' })} مشترک ہیں۔`
			},
			events: {
				title: 'تقریبات',
				failed: (error: string) => `تقریبات لوڈ نہیں ہو سکیں: ${error}۔`,
				noneMatch: (filter: string, narrowed: boolean) =>
					`${narrowed ? `ان اقسام اور تلاش کے ساتھ ${filter}` : filter} سے کوئی تقریب مطابقت نہیں رکھتی۔`,
				summary: (total: number, page: number, pages: number) =>
					`${f.plural(total, { one: '# تقریب مطابقت رکھتی ہے', other: '# تقریبات مطابقت رکھتی ہیں' })}؛ صفحہ ${f.count(page)} از ${f.count(pages)}۔`,
				type: 'تقریب کی قسم',
				search: 'تلاش',
				searchPlaceholder: 'عنوان یا شہر',
				column: {
					date: 'تاریخ',
					type: 'قسم',
					title: 'عنوان',
					place: 'مقام',
					format: 'انداز',
					clusters: 'کلسٹر',
					organisers: 'منتظمین',
					participants: 'شرکاء'
				},
				caption: (column: string, ascending: boolean) =>
					`تقریبات، ${column} کے لحاظ سے ${ascending ? 'صعودی' : 'نزولی'} ترتیب میں`,
				pages: 'تقریبات کی فہرست کے صفحات',
				previous: 'پچھلا',
				next: 'اگلا',
				page: (page: number, pages: number) => `صفحہ ${f.count(page)} از ${f.count(pages)}`
			},
			event: {
				dates: (first: string, last: string) => `${first} تا ${last}`,
				online: 'آن لائن',
				unknownPlace: 'نامعلوم',
				commas: (parts: readonly string[]) => parts.join('، '),
				names: (names: readonly string[]) => names.join('؛ '),
				sideShort: {
					government: 'حکومت',
					civil_society: 'سول سوسائٹی',
					international: 'بین الاقوامی'
				},
				sideCount: (side: string, participants: number) => `${side} ${f.count(participants)}`,
				clusterList: (ids: readonly number[]) =>
					ids.length > 0 ? ids.map((id) => f.count(id)).join('، ') : 'کوئی نہیں',
				demo: 'نمونے کا ڈیٹا (فرضی)',
				verified: 'اپنے ماخذ سے تصدیق شدہ',
				unverified: 'غیر تصدیق شدہ',
				participantTotals: (recorded: number, reported: number | null) =>
					`${f.plural(recorded, { one: '# درج شدہ شریک', other: '# درج شدہ شرکاء' })}؛ ${reported === null ? 'پوری تقریب کی کوئی کل تعداد رپورٹ نہیں ہوئی' : `پوری تقریب کے لیے ${f.count(reported)} رپورٹ ہوئے`}۔`,
				loading: 'تقریب لوڈ ہو رہی ہے…',
				notShown: 'تقریب دکھائی نہیں جا سکی',
				close: 'بند کریں',
				source: 'ماخذ',
				clusters: 'کلسٹر',
				themes: 'موضوعات',
				organisers: 'منتظمین',
				participants: 'شرکاء',
				none: 'کوئی نہیں',
				noneRecorded: 'کچھ درج نہیں',
				noSectorRecorded: 'کچھ درج نہیں۔',
				bySide: 'فریق کے لحاظ سے شرکاء',
				bySector: 'شعبے کے لحاظ سے سول سوسائٹی کے شرکاء',
				whoTookPart: 'کس نے حصہ لیا',
				notFound: (id: number) => `شناخت ${id} والی کوئی تقریب موجود نہیں۔`,
				failed: (error: string) => `تقریب لوڈ نہیں ہو سکی: ${error}۔`,
				retry: 'دوبارہ کوشش کریں',
				organisation: 'تنظیم',
				side: 'فریق',
				sector: 'شعبہ',
				organiser: 'منتظم',
				delegation: (side: string) => `${side} کا وفد`
			}
		},
		review: {
			title: 'جائزے کی پیش رفت',
			intro:
				'UNTOC کا جائزہ کس مرحلے پر ہے: ملک وہی ہے جو منتخب اتحاد کا ہے؛ شعبوں اور مدت کے فلٹر صرف سول سوسائٹی کی شراکتوں پر لاگو ہوتے ہیں۔',
			ignoredFilter: {
				region: 'علاقے کا فلٹر اس صفحے پر لاگو نہیں ہوتا۔',
				theme: 'موضوع کا فلٹر اس صفحے پر لاگو نہیں ہوتا۔',
				both: 'علاقے اور موضوع کے فلٹر اس صفحے پر لاگو نہیں ہوتے۔'
			},
			noData: 'اس اتحاد کے جائزے کا کوئی ڈیٹا موجود نہیں۔',
			yes: 'ہاں',
			no: 'نہیں',
			verified: 'تصدیق شدہ',
			notVerified: 'غیر تصدیق شدہ',
			source: 'ماخذ',
			phases: {
				title: 'جائزے کے مراحل 2020–2030: منصوبہ، اور آج جائزہ کہاں کھڑا ہے',
				caption: 'جائزے کے مراحل',
				source: 'UNODC (S15، S16، S18، S21)؛ مراحل 2–4 منصوبہ بند، ترتیب غیر تصدیق شدہ',
				failed: (error: string) => `ڈیٹا کی تاریخ لوڈ نہیں ہو سکی: ${error}۔`,
				process: 'جائزے کا پورا عمل (S16)',
				phase: (phase: number, cluster: number, name: string) =>
					`مرحلہ ${f.count(phase)}: کلسٹر ${f.count(cluster)}، ${name}`,
				phaseUnverified: (phase: number, cluster: number, name: string) =>
					`مرحلہ ${f.count(phase)} (ترتیب غیر تصدیق شدہ): کلسٹر ${f.count(cluster)}، ${name}`,
				columns: {
					phase: 'مرحلہ',
					plannedStart: 'منصوبہ بند آغاز',
					plannedEnd: 'منصوبہ بند اختتام',
					reported: 'رپورٹ شدہ',
					verified: 'تصدیق شدہ'
				},
				underWay: (start: string, at: string) => `${start} سے شروع، ${at} کو جاری تھا`,
				notReported: 'رپورٹ نہیں ہوا',
				today: (day: string) => `آج، ${day}`,
				legend: {
					planned: 'منصوبہ بند',
					unverified: 'منصوبہ بند، ترتیب غیر تصدیق شدہ',
					actual: 'جاری ہونے کی اطلاع'
				},
				finding: (firstCluster: string, today: string) =>
					`مرحلہ 1 (${firstCluster}) کو اکتوبر 2024 تک مکمل ہونا تھا اور COP12 کے وقت بھی یہ جاری تھا؛ آج ${today} ہے، اور مراحل 2–4 کی ترتیب کی تصدیق نہیں ہوئی۔`
			},
			swimlane: {
				title: 'ممالک کے جائزوں کے اقدامات: منصوبہ بمقابلہ عمل',
				caption: 'جائزے کے اقدامات، منصوبہ بند اور اصل',
				failed: (error: string) => `جائزے کے اقدامات لوڈ نہیں ہو سکے: ${error}۔`,
				heading: (country: string, cluster: number, name: string) =>
					`${country}: کلسٹر ${f.count(cluster)}، ${name}`,
				columns: {
					country: 'ملک',
					cluster: 'کلسٹر',
					step: 'قدم',
					status: 'کیفیت',
					plannedBy: 'مقررہ تاریخ',
					started: 'آغاز',
					completed: 'تکمیل',
					delay: 'تاخیر',
					delayDays: 'تاخیر (دن)'
				},
				delay: (days: number) => f.plural(days, { other: '+# دن' }),
				onTime: 'بروقت',
				finding: (lane) => {
					const steps = (n: number) => f.plural(n, { one: '# قدم', other: '# اقدامات' });
					const head = `${lane.country}، کلسٹر ${f.count(lane.cluster)}: ${f.count(lane.steps)} میں سے ${steps(lane.done)} مکمل`;
					const late = lane.longest
						? `؛ سب سے طویل تاخیر ${f.count(lane.longest.days)} دن ہے (${lane.longest.step})`
						: '؛ کوئی قدم مقررہ وقت سے پیچھے نہیں';
					const tail = lane.unknown > 0 ? `؛ ${steps(lane.unknown)} کی کیفیت نامعلوم ہے۔` : '۔';
					return `${head}${late}${tail}`;
				}
			},
			progress: {
				title: 'ہر کلسٹر میں جائزے کی پیش رفت (مکمل اقدامات کا تناسب)',
				caption: 'ہر کلسٹر میں جائزے کی پیش رفت',
				failed: (error: string) => `جائزے کی پیش رفت لوڈ نہیں ہو سکی: ${error}۔`,
				columns: {
					country: 'ملک',
					cluster: 'کلسٹر',
					complete: 'تکمیل',
					stepsCompleted: 'مکمل اقدامات'
				},
				cluster: (id: number, name: string) => `${f.count(id)}۔ ${name}`,
				stepsOf: (done: number, steps: number) => `${f.count(steps)} میں سے ${f.count(done)}`,
				allCountries: 'تمام ممالک'
			},
			contributions: {
				titleByType: 'ہر کلسٹر میں سول سوسائٹی کی شراکتیں، قسم کے لحاظ سے',
				titleBySector: 'ہر کلسٹر میں شراکتوں کے مصنفین کے شعبے',
				failed: (error: string) => `شراکتیں لوڈ نہیں ہو سکیں: ${error}۔`,
				none: 'اس فلٹر سے کوئی شراکت مطابقت نہیں رکھتی۔',
				type: 'قسم',
				authorSector: 'مصنف کا شعبہ',
				wholeReview: 'پورا جائزہ',
				all: 'سب',
				unclustered: (total: number) =>
					`${f.plural(total, { one: '# شراکت', other: '# شراکتیں' })}، ان میں سے کوئی بھی کسی ایک کلسٹر سے منسلک نہیں۔`,
				finding: (c) =>
					`${f.plural(c.total, { one: '# شراکت', other: '# شراکتیں' })}؛ سب سے زیادہ کلسٹر ${f.count(c.cluster)} میں (${f.count(c.most)})؛ سب سے عام قسم: ${c.kind}۔`,
				list: {
					title: (n: number) => `شراکتیں (${f.count(n)})`,
					wholeReview: 'پورا جائزہ',
					cluster: (id: number) => `کلسٹر ${f.count(id)}`,
					synthetic: 'نمونے کا ڈیٹا (فرضی)',
					by: (authors: readonly string[]) => `مصنفین: ${authors.join('؛ ')}`
				}
			},
			articles: {
				title: 'ہر کلسٹر کی دفعات، اور ہر ملک کے لیے کون سی شمار ہوتی ہیں',
				intro:
					'جائزہ صرف ان دستاویزات کا احاطہ کرتا ہے جن کی ریاست فریق ہو (UNODC، S15)۔ جن دفعات کی فہرستوں کا کوئی ماخذ نہیں وہ ماڈلنگ پر مبنی اندازے ہیں اور غیر تصدیق شدہ کے طور پر نشان زد ہیں۔',
				caption: 'ہر کلسٹر اور دستاویز کی دفعات',
				columns: {
					cluster: 'کلسٹر',
					instrument: 'دستاویز',
					articles: 'دفعات',
					verified: 'تصدیق شدہ'
				},
				numbers: (articles: readonly number[]) => articles.map((a) => f.count(a)).join('، '),
				guess: 'نہیں (ماڈلنگ کا اندازہ)',
				counted: { yes: 'شمار', no: 'فریق نہیں', unknown: 'نامعلوم' },
				countedPerCluster: (country: string, counts: readonly (readonly [number, number])[]) =>
					`${country}: ${counts
						.map(
							([cluster, n]) =>
								`کلسٹر ${f.count(cluster)}: ${f.plural(n, { one: '# دفعہ شمار', other: '# دفعات شمار' })}`
						)
						.join('؛ ')}`,
				noStatus: (country: string) => `${country}: معاہدے میں شمولیت کا کوئی ریکارڈ نہیں`,
				party: 'فریق',
				notParty: 'فریق نہیں',
				consent: {
					ratification: (date: string) => `توثیق ${date}`,
					accession: (date: string) => `الحاق ${date}`,
					joined: (date: string) => `شمولیت ${date}`
				}
			}
		},
		account: {
			roles: { analyst: 'تجزیہ کار', editor: 'مدیر', admin: 'منتظم' },
			checking: 'دیکھا جا رہا ہے کہ کون سائن اِن ہے…',
			signIn: {
				title: 'سائن اِن',
				link: 'سائن اِن کریں',
				signedInAs: (name: string, role: string) => `آپ ${name} (${role}) کے طور پر سائن اِن ہیں۔`,
				toOverview: 'جائزے پر جائیں',
				intro: (below: string) =>
					`سائن اِن شدہ صارفین ہر عدد دیکھتے ہیں (گمنام زائرین کو چھوٹی تعداد ”${below} سے کم“ دکھائی دیتی ہے)؛ مدیر ڈیٹا میں تبدیلی بھی کر سکتے ہیں۔`,
				email: 'ای میل',
				password: 'پاس ورڈ',
				submit: 'سائن اِن',
				submitting: 'سائن اِن ہو رہا ہے…',
				wrong: 'ای میل یا پاس ورڈ غلط ہے',
				refused: (message: string) => `سرور نے انکار کر دیا: ${message}`,
				unreachable: (error: string) => `سرور تک رسائی نہیں ہو سکی: ${error}`
			},
			control: {
				admin: 'انتظامیہ',
				signOut: 'سائن آؤٹ',
				signOutFailed: (error: string) => `سائن آؤٹ نہیں ہو سکا: ${error}`
			},
			serverAnswered: (status: number) => `سرور نے ${status} جواب دیا`,
			admin: {
				title: 'انتظامیہ',
				deniedAnonymous:
					'یہ صفحہ منتظمین کے لیے ہے (403: سائن اِن نہیں)۔ صارفین کا انتظام کرنے اور آڈٹ لاگ پڑھنے کے لیے بطور منتظم سائن اِن کریں۔',
				deniedRole: (name: string, role: string) =>
					`یہ صفحہ منتظمین کے لیے ہے (403): آپ ${name} کے طور پر سائن اِن ہیں، جن کا کردار (${role}) صارفین کا انتظام کرنے یا آڈٹ لاگ پڑھنے کی اجازت نہیں دیتا۔`
			},
			users: {
				title: 'صارفین',
				loadFailed: (error: string) => `صارفین لوڈ نہیں ہو سکے: ${error}`,
				retry: 'دوبارہ کوشش کریں',
				loading: 'صارفین لوڈ ہو رہے ہیں…',
				none: 'ابھی کوئی صارف نہیں۔',
				columns: {
					name: 'نام',
					email: 'ای میل',
					role: 'کردار',
					status: 'حیثیت',
					actions: 'اقدامات'
				},
				you: (name: string) => `${name} (آپ)`,
				roleOf: (name: string) => `${name} کا کردار`,
				active: 'فعال',
				disabled: 'غیر فعال',
				enable: 'فعال کریں',
				disable: 'غیر فعال کریں',
				enableUser: (name: string) => `${name} کو فعال کریں`,
				disableUser: (name: string) => `${name} کو غیر فعال کریں`,
				nowRole: (name: string, role: string) => `${name} اب ${role} ہیں۔`,
				nowDisabled: (name: string) => `${name} کو غیر فعال کر دیا گیا۔`,
				nowEnabled: (name: string) => `${name} کو فعال کر دیا گیا۔`,
				added: (name: string, email: string, role: string) =>
					`${name} (${email}) کو بطور ${role} شامل کر دیا گیا۔`,
				failed: (message: string) => `سرور نے انکار کر دیا: ${message}`,
				addTitle: 'نیا صارف',
				name: 'نام',
				email: 'ای میل',
				role: 'کردار',
				password: 'ابتدائی پاس ورڈ',
				passwordHint: (min: number) =>
					f.plural(min, { one: 'کم از کم # حرف۔', other: 'کم از کم # حروف۔' }),
				add: 'صارف شامل کریں',
				adding: 'شامل کیا جا رہا ہے…'
			},
			audit: {
				title: 'آڈٹ لاگ',
				loadFailed: (error: string) => `آڈٹ لاگ لوڈ نہیں ہو سکا: ${error}`,
				retry: 'دوبارہ کوشش کریں',
				loading: 'آڈٹ لاگ لوڈ ہو رہا ہے…',
				empty: 'ابھی تک کچھ درج نہیں کیا گیا۔',
				entries: 'آڈٹ لاگ کے اندراجات',
				columns: {
					when: 'کب',
					who: 'کس نے',
					action: 'عمل',
					what: 'کیا',
					change: 'پہلے اور بعد میں'
				},
				when: (dateTime: string) => `${dateTime} (UTC)`,
				who: (name: string, email: string) => `${name} (${email})`,
				system: 'نظام',
				actions: {
					create: 'بنایا',
					update: 'تبدیل کیا',
					delete: 'حذف کیا',
					import: 'درآمد کیا',
					'sign-in': 'سائن اِن',
					'sign-in-failed': 'ناکام سائن اِن',
					'sign-out': 'سائن آؤٹ'
				},
				entities: {
					users: 'صارفین',
					sessions: 'سیشن',
					organisations: 'تنظیمیں',
					memberships: 'رکنیتیں',
					members: 'اراکین',
					events: 'تقریبات',
					participations: 'شرکاء کی قطاریں',
					contributions: 'شراکتیں',
					review_steps: 'جائزے کے مراحل'
				},
				what: (entity: string, id: string) => `${entity}، نمبر ${id}`,
				show: 'دکھائیں',
				showChange: (what: string) => `${what} کی تبدیلی دکھائیں`,
				before: 'پہلے',
				after: 'بعد میں',
				pages: 'آڈٹ لاگ کے صفحات',
				previous: 'پچھلا',
				next: 'اگلا',
				position: (page: number, pages: number, total: number) =>
					`صفحہ ${f.count(page)} از ${f.count(pages)} (${f.plural(total, { one: '# اندراج', other: '# اندراجات' })})`
			}
		},
		edit: {
			organisation: {
				newTitle: 'نئی تنظیم',
				editTitle: (name: string) => `تنظیم میں ترمیم: ${name}`,
				confirmDelete: 'کیا یہ تنظیم حذف کر دی جائے؟ یہ عمل واپس نہیں ہو سکتا۔',
				openFailed: (error: string) => `تنظیم کھولی نہیں جا سکی: ${error}`
			},
			membership: {
				newTitle: 'نئی رکنیت',
				editTitle: (name: string) => `رکنیت میں ترمیم: ${name}`,
				confirmDelete: 'کیا یہ رکنیت حذف کر دی جائے؟ یہ عمل واپس نہیں ہو سکتا۔',
				openFailed: (error: string) => `رکنیت کھولی نہیں جا سکی: ${error}`,
				describe: (id: string) => `رکنیت ${id}`
			},
			event: {
				newTitle: 'نئی تقریب',
				editTitle: (name: string) => `تقریب میں ترمیم: ${name}`,
				confirmDelete: 'کیا یہ تقریب حذف کر دی جائے؟ یہ عمل واپس نہیں ہو سکتا۔',
				openFailed: (error: string) => `تقریب کھولی نہیں جا سکی: ${error}`
			},
			participation: {
				newTitle: 'شرکاء کی نئی قطار',
				editTitle: (name: string) => `شرکاء کی قطار میں ترمیم: ${name}`,
				confirmDelete: 'کیا شرکاء کی یہ قطار حذف کر دی جائے؟ یہ عمل واپس نہیں ہو سکتا۔',
				openFailed: (error: string) => `شرکاء کی قطار کھولی نہیں جا سکی: ${error}`,
				describe: (id: string) => `شرکاء کی قطار ${id}`
			},
			contribution: {
				newTitle: 'نئی شراکت',
				editTitle: (name: string) => `شراکت میں ترمیم: ${name}`,
				confirmDelete: 'کیا یہ شراکت حذف کر دی جائے؟ یہ عمل واپس نہیں ہو سکتا۔',
				openFailed: (error: string) => `شراکت کھولی نہیں جا سکی: ${error}`
			},
			reviewStep: {
				newTitle: 'جائزے کا نیا مرحلہ',
				editTitle: (name: string) => `جائزے کے مرحلے میں ترمیم: ${name}`,
				confirmDelete: 'کیا جائزے کا یہ مرحلہ حذف کر دیا جائے؟ یہ عمل واپس نہیں ہو سکتا۔',
				openFailed: (error: string) => `جائزے کا مرحلہ کھولا نہیں جا سکا: ${error}`,
				describe: 'مرحلہ'
			},
			field: {
				name: 'نام',
				title: 'عنوان',
				type: 'قسم',
				sector: 'شعبہ',
				country: 'ملک',
				public: 'عوامی صفحات پر نام ظاہر کیا جا سکتا ہے',
				alliance: 'اتحاد',
				organisationId: 'تنظیم کا شناختی نمبر',
				role: 'کردار',
				joinedOn: 'شمولیت کی تاریخ',
				leftOn: 'علیحدگی کی تاریخ',
				leftOnHint: 'رکن رہنے تک خالی چھوڑیں',
				regions: 'علاقے',
				themes: 'موضوعات',
				global: 'عالمی',
				startDate: 'آغاز کی تاریخ',
				endDate: 'اختتام کی تاریخ',
				endDateHint: 'خالی: ایک دن کی تقریب',
				format: 'طرز',
				city: 'شہر',
				region: 'علاقہ',
				unknown: 'نامعلوم',
				clusters: 'جائزے کے کلسٹر',
				participantsReported: 'رپورٹ کردہ شرکاء',
				emptyWhenUnknown: 'معلوم نہ ہو تو خالی چھوڑیں',
				delegationHint: 'ایسے وفد کے لیے خالی چھوڑیں جس کی تنظیم درج نہیں',
				side: 'فریق',
				noSector: 'کوئی نہیں (سول سوسائٹی نہیں)',
				people: 'افراد',
				organiser: 'تقریب کا انتظام کیا',
				reviewOf: 'کس کا جائزہ',
				cluster: 'کلسٹر',
				wholeReview: 'پورا جائزہ',
				date: 'تاریخ',
				status: 'حیثیت',
				startedOn: 'آغاز کی تاریخ',
				completedOn: 'تکمیل کی تاریخ',
				completedOnHint: 'صرف مکمل مرحلے کے لیے',
				sourceUrl: 'ماخذ (ربط)',
				sourceUrlHint: 'مکمل ویب پتہ',
				verified: 'ماخذ سے تصدیق شدہ',
				synthetic: 'فرضی (نمائش کے لیے گھڑا گیا)'
			},
			yes: 'ہاں',
			no: 'نہیں',
			save: 'محفوظ کریں',
			saving: 'محفوظ ہو رہا ہے…',
			cancel: 'منسوخ کریں',
			deleteStart: 'حذف کریں…',
			delete: 'حذف کریں',
			keep: 'رہنے دیں',
			opening: 'کھل رہا ہے…',
			saved: (name: string) => `${name} محفوظ ہو گیا۔`,
			deleted: (name: string) => `${name} حذف ہو گیا۔`,
			refused: (message: string) => `سرور نے انکار کر دیا: ${message}`,
			unreachable: (error: string) => `سرور تک رسائی نہیں ہو سکی: ${error}`,
			conflict: {
				title: 'آپ کے کھولنے کے بعد کسی اور نے اسے تبدیل کر دیا ہے',
				caption: 'ان کی اور آپ کی قدریں',
				field: 'خانہ',
				theirs: 'ان کی',
				yours: 'آپ کی',
				same: 'ان کی قدریں آپ کی قدروں جیسی ہی ہیں۔',
				useTheirs: 'ان کی قدریں لیں',
				overwrite: 'اپنی قدریں محفوظ کریں'
			},
			member: {
				label: 'اس رکن میں ترمیم',
				editOrganisation: 'تنظیم میں ترمیم کریں',
				editMembership: 'رکنیت میں ترمیم کریں',
				editContribution: (title: string) => `شراکت میں ترمیم کریں: ${title}`
			},
			newRecords: { label: 'ڈیٹا شامل کریں', organisation: 'نئی تنظیم', event: 'نئی تقریب' },
			eventControls: {
				title: 'اس تقریب میں ترمیم',
				editEvent: 'تقریب میں ترمیم کریں',
				rows: 'شرکاء کی قطاریں',
				loadFailed: (error: string) => `شرکاء کی قطاریں لوڈ نہیں ہو سکیں: ${error}۔`,
				retry: 'دوبارہ کوشش کریں',
				none: 'ابھی شرکاء کی کوئی قطار نہیں۔',
				loading: 'شرکاء کی قطاریں لوڈ ہو رہی ہیں…',
				delegation: 'وفد',
				organisation: (id: number) => `تنظیم ${id}`,
				organiser: 'میزبان',
				editRow: (id: number) => `قطار ${id} میں ترمیم کریں`,
				addRow: 'شرکاء کی قطار شامل کریں'
			},
			reviewStepEditor: {
				title: 'جائزے کے مرحلے میں ترمیم',
				country: 'ملک',
				cluster: 'کلسٹر',
				step: 'مرحلہ',
				edit: 'مرحلے میں ترمیم کریں'
			},
			issues: {
				empty: (_schema: string) => 'یہ خانہ خالی نہیں رہ سکتا',
				tooShort: (min: number, _schema: string) =>
					f.plural(min, { one: 'کم از کم # حرف درج کریں', other: 'کم از کم # حروف درج کریں' }),
				tooLong: (max: number, _schema: string) =>
					f.plural(max, {
						one: 'زیادہ سے زیادہ # حرف کی اجازت ہے',
						other: 'زیادہ سے زیادہ # حروف کی اجازت ہے'
					}),
				tooLow: (min: number, _schema: string) => `کم از کم ${f.count(min)} ہونا چاہیے`,
				tooHigh: (max: number, _schema: string) => `زیادہ سے زیادہ ${f.count(max)} ہو سکتا ہے`,
				tooFew: (min: number, _schema: string) =>
					f.plural(min, { one: 'کم از کم # انتخاب کریں', other: 'کم از کم # انتخاب کریں' }),
				tooMany: (max: number, _schema: string) =>
					f.plural(max, {
						one: 'زیادہ سے زیادہ # انتخاب کیا جا سکتا ہے',
						other: 'زیادہ سے زیادہ # انتخاب کیے جا سکتے ہیں'
					}),
				email: (_schema: string) => 'یہ ای میل پتہ نہیں ہے',
				url: (_schema: string) => 'یہ درست ویب پتہ نہیں ہے',
				date: (_schema: string) => 'تاریخ YYYY-MM-DD کی شکل میں درج کریں',
				format: (_schema: string) => 'یہ قدر درست شکل میں نہیں ہے',
				type: (_schema: string) => 'یہ قدر موجود نہیں یا غلط قسم کی ہے',
				choice: (_schema: string) => 'فہرست میں سے انتخاب کریں',
				other: (_schema: string) => 'یہ قدر درست نہیں ہے'
			},
			rules: {
				completedOnlyWhenCompleted: 'تکمیل کی تاریخ صرف مکمل مرحلے کی ہو سکتی ہے',
				completedBeforeStarted: 'کوئی مرحلہ شروع ہونے سے پہلے مکمل نہیں ہو سکتا',
				eventEndsBeforeStart: 'کوئی تقریب شروع ہونے سے پہلے ختم نہیں ہو سکتی',
				membershipEndsBeforeStart: 'کوئی رکنیت شروع ہونے سے پہلے ختم نہیں ہو سکتی',
				sectorOnlyForCivilSociety:
					'شعبہ سول سوسائٹی کے شرکاء کے لیے درج کیا جاتا ہے، اور صرف انہی کے لیے',
				recordDateRange: `تاریخ ${recordDateRange.min} اور ${recordDateRange.max} کے درمیان ہونی چاہیے`
			}
		},
		import: {
			title: 'درآمد',
			checking: 'دیکھا جا رہا ہے کہ کون سائن اِن ہے…',
			editorsOnly: 'صرف مدیر ڈیٹا درآمد کر سکتے ہیں۔',
			signInAsEditor: 'مدیر کے اکاؤنٹ سے سائن اِن کریں',
			intro: (limit: string) =>
				`CSV یا XLSX فائل (${limit} تک) سے اراکین یا تقریبات شامل کریں یا ان کی تازہ کاری کریں۔ پہلے پیش نظارہ دیکھیں: فائل صرف اسی وقت لکھی جاتی ہے جب کسی قطار میں کوئی غلطی نہ ہو، اور پوری کی پوری ایک ساتھ۔ ڈیٹا بیس میں پہلے سے موجود قطاریں اپنی قدرتی کلید سے پہچانی جاتی ہیں، اس لیے وہی فائل دوبارہ درآمد کرنے سے کچھ نہیں بدلتا۔`,
			megabytes: (n: number) => `${f.count(n)} MB`,
			holds: 'فائل میں کیا ہے',
			kinds: {
				members: 'اراکین (ہر رکنیت کی ایک قطار)',
				events: 'تقریبات (ہر تقریب کی ایک قطار)'
			},
			file: 'فائل (CSV یا XLSX)',
			preview: 'پیش نظارہ',
			commit: 'درآمد کریں',
			fixFirst:
				'درآمد کرنے کے لیے فائل کی غلطیاں درست کریں، اسے دوبارہ منتخب کریں اور پیش نظارہ دیکھیں۔',
			chooseFirst: 'پہلے CSV یا XLSX فائل منتخب کریں۔',
			tooLarge: (limit: string) =>
				`فائل بہت بڑی ہے: حد ${limit} ہے۔ اسے چھوٹی فائلوں میں تقسیم کریں۔`,
			progress: {
				uploading: (done: string) => `اپ لوڈ ہو رہی ہے… ${done}`,
				checking: (done: string) => `قطاریں جانچی جا رہی ہیں… ${done}`,
				writing: (done: string) => `لکھی جا رہی ہے… ${done}`
			},
			columnsOf: { members: 'اراکین کی فائل کے کالم', events: 'تقریبات کی فائل کے کالم' },
			columnsHelp:
				'پہلی قطار کالموں کے نام ان کے لیبل یا کلید سے بتاتی ہے، کسی بھی ترتیب اور چھوٹے بڑے حروف میں۔ شعبوں، کرداروں، موضوعات، اقسام اور طرز کے لیے کوڈ یا لیبل دونوں قبول ہیں؛ فہرستیں ”;“ سے الگ کی جاتی ہیں؛ تاریخیں YYYY-MM-DD کی شکل میں ہوتی ہیں؛ ہاں یا نہیں والے خانوں میں ہاں کے لیے 1 اور نہیں کے لیے 0 لکھیں۔ فائل میں شامل نہ کیا گیا اختیاری کالم محفوظ شدہ قدر برقرار رکھتا ہے۔',
			columnsCaption: 'کالم',
			columns: { column: 'کالم', required: 'لازمی', holds: 'مواد' },
			yes: 'ہاں',
			no: 'نہیں',
			columnHelp: {
				members: {
					organisation: 'تنظیم یا ماہر کا نام',
					sector: 'شعبے کا کوڈ یا لیبل (NGO / CSO وغیرہ)',
					country: 'جس ملک میں یہ قائم ہے اس کا ISO 3166-1 تین حرفی کوڈ (PAK)',
					public: 'عوامی صفحات پر نام ظاہر کرنے کی رضامندی ہو تو 1',
					alliance: 'اتحاد کا کوڈ، یعنی اس کے ملک کا تین حرفی کوڈ (PAK)',
					role: 'LEAD، CONVENER یا MEMBER',
					joined_on: 'شمولیت کی تاریخ، YYYY-MM-DD',
					left_on: 'علیحدگی کی تاریخ، YYYY-MM-DD؛ رکن رہنے تک خالی',
					regions: 'ISO 3166-2 کوڈ، ; سے الگ (PK-PB; PK-SD)',
					themes: 'جرائم کے شعبے (کوڈ یا لیبل)، ; سے الگ',
					verified: 'حوالہ دیا گیا ماخذ اس بات کی تصدیق کرے تو 1',
					synthetic: 'نمائش کے لیے گھڑی گئی قطاروں کے لیے 1',
					source_url: 'عوامی ماخذ کا ویب ربط، یا خالی'
				},
				events: {
					title: 'تقریب کا عنوان',
					type: 'تقریب کی قسم کا کوڈ یا لیبل (WORKSHOP، SIDE_EVENT وغیرہ)',
					alliance: 'اتحاد کا کوڈ (PAK)؛ عالمی تقریب کے لیے خالی',
					start_date: 'پہلا دن، YYYY-MM-DD',
					end_date: 'آخری دن، YYYY-MM-DD؛ ایک دن کی تقریب کے لیے خالی',
					format: 'IN_PERSON، ONLINE یا HYBRID',
					city: 'شہر؛ آن لائن یا نامعلوم ہو تو خالی',
					country: 'ISO 3166-1 تین حرفی کوڈ؛ آن لائن یا نامعلوم ہو تو خالی',
					region: 'ISO 3166-2 کوڈ؛ نامعلوم ہو تو خالی',
					clusters: 'جائزے کے کلسٹر 1 سے 4 تک، ; سے الگ',
					themes: 'جرائم کے شعبے (کوڈ یا لیبل)، ; سے الگ',
					participants_reported: 'مکمل عدد؛ نامعلوم ہو تو خالی',
					verified: 'حوالہ دیا گیا ماخذ اس بات کی تصدیق کرے تو 1',
					synthetic: 'نمائش کے لیے گھڑی گئی قطاروں کے لیے 1',
					source_url: 'عوامی ماخذ کا ویب ربط، یا خالی'
				}
			},
			failure: {
				forbidden: (message: string) => `آپ درآمد نہیں کر سکتے: ${message}`,
				tooLarge: (message: string) => `فائل بہت بڑی ہے: ${message}`,
				unsupported: (message: string) => `اس قسم کی فائل قبول نہیں: ${message}`,
				refused: (message: string) => `سرور نے انکار کر دیا: ${message}`,
				answered: (status: number) => `سرور نے ${status} جواب دیا`,
				unreachable: 'سرور تک رسائی نہیں ہو سکی',
				unreadable: 'سرور کا جواب یہ صفحہ پڑھ نہیں سکا',
				noResult: 'درآمد کسی نتیجے کے بغیر ختم ہو گئی',
				failed: (message: string) => `درآمد ناکام ہو گئی: ${message}`
			},
			report: {
				imported: 'درآمد مکمل',
				notImported: 'درآمد نہیں ہوا',
				preview: 'پیش نظارہ',
				withErrors: (rows: number, errors: number) =>
					`${f.plural(rows, { one: '# قطار پڑھی گئی', other: '# قطاریں پڑھی گئیں' })}؛ ${f.plural(errors, { one: '# غلطی', other: '# غلطیاں' })}: جب تک ہر غلطی درست نہ ہو، کچھ نہیں لکھا جا سکتا۔`,
				written: (rows: number) =>
					`${f.plural(rows, { one: '# قطار پڑھی گئی', other: '# قطاریں پڑھی گئیں' })}؛ ہر قطار لکھ دی گئی۔`,
				unchanged: (rows: number) =>
					`${f.plural(rows, { one: '# قطار پڑھی گئی', other: '# قطاریں پڑھی گئیں' })}؛ فائل سے کچھ نہیں بدلتا: ہر قطار پہلے سے ڈیٹا بیس میں موجود ہے۔`,
				clean: (rows: number) =>
					`${f.plural(rows, { one: '# قطار پڑھی گئی', other: '# قطاریں پڑھی گئیں' })}؛ کوئی غلطی نہیں۔`,
				rowsWritten: 'لکھی گئی قطاریں، جدول کے لحاظ سے',
				rowsToWrite: 'لکھی جانے والی قطاریں، جدول کے لحاظ سے',
				columns: { table: 'جدول', new: 'نئی', updated: 'تازہ کردہ', unchanged: 'بغیر تبدیلی' },
				tables: { organisations: 'تنظیمیں', memberships: 'رکنیتیں', events: 'تقریبات' },
				errors: 'غلطیاں',
				firstErrors: (shown: number, total: number) =>
					`غلطیاں (${f.count(total)} میں سے پہلی ${f.count(shown)})`,
				errorColumns: { row: 'قطار', column: 'کالم', problem: 'مسئلہ' },
				wholeFile: 'فائل'
			},
			export: {
				members: 'اس فلٹر کے اراکین ڈاؤن لوڈ کریں:',
				events: 'اس فلٹر کی تقریبات ڈاؤن لوڈ کریں:',
				membersAs: (format: string) => `اراکین ${format} کے طور پر ڈاؤن لوڈ کریں`,
				eventsAs: (format: string) => `تقریبات ${format} کے طور پر ڈاؤن لوڈ کریں`
			}
		},
		brief: {
			link: 'قابلِ طباعت خلاصہ',
			title: 'قابلِ طباعت خلاصہ',
			print: 'طباعت کریں',
			printHint: 'ایک صفحہ A4: اسے چھاپیں، یا طباعت کے خانے سے PDF کے طور پر محفوظ کریں۔',
			back: 'منظر پر واپس جائیں',
			loading: 'خلاصہ لوڈ ہو رہا ہے…',
			views: {
				overview: 'جائزہ',
				alliance: 'اتحاد کے اراکین',
				engagement: 'فریقین کی شمولیت',
				review: 'نظرِ ثانی میں پیش رفت'
			},
			kicker: 'یو این ٹی او سی اتحاد ڈیش بورڈ: خلاصہ',
			headlinesLabel: 'اہم اعداد',
			headlines: {
				members: 'اراکین',
				sectors: 'نمائندہ شعبے',
				regions: 'شامل علاقے',
				events: 'تقریبات',
				participants: 'شرکاء',
				trilateral: 'تینوں فریقوں والی تقریبات',
				stepsCompleted: 'جائزے کے مکمل مراحل',
				contributions: 'سول سوسائٹی کی شراکتیں',
				countries: 'جائزے میں شامل ممالک'
			},
			filterLabel: 'چھانٹی',
			noFilter: 'کوئی نہیں: تمام ریکارڈ',
			alliance: (name: string) => `اتحاد: ${name}`,
			from: (day: string) => `${day} سے`,
			until: (day: string) => `${day} تک`,
			asOf: (day: string) => `${day} کی صورتِ حال`,
			source: 'ماخذ: اتحاد کے ریکارڈ، یو این ٹی او سی اتحاد ڈیش بورڈ۔',
			demoData:
				'نمونے کا ڈیٹا: اس خلاصے کے کچھ اعداد مظاہرے کے لیے فرضی ہیں؛ تاریخ وار حقائق اپنے ماخذ سے لیے گئے ہیں۔',
			online: (address: string) => `جدولوں اور ڈاؤن لوڈ کے ساتھ براہِ راست منظر: ${address}`,
			chartsLabel: 'چارٹ'
		}
	})
);
