/**
 * Urdu (اردو), right to left. Numbers and dates by `Intl` for `ur-PK`. Drafted by the team, not
 * yet reviewed by a professional translator: corrections are welcome (README, "Languages").
 */
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
			loadingPage: (page: string) => `${page} کا صفحہ لوڈ ہو رہا ہے…`,
			pageFailed: (page: string, error: string) => `${page} کا صفحہ لوڈ نہیں ہو سکا: ${error}۔`,
			unknownLanguage: (tag: string) =>
				`"${tag}" کے لیے کوئی ترجمہ موجود نہیں؛ صفحہ انگریزی میں دکھایا جا رہا ہے۔`
		},
		common: {
			hidden: 'پوشیدہ',
			unknown: 'نامعلوم',
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
		chart: {},
		filter: {},
		overview: {},
		alliance: {},
		engagement: {},
		review: {},
		account: {},
		edit: {},
		import: {},
		brief: {}
	})
);
