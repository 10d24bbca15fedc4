/**
 * The fixed vocabulary of the generated benchmark plan: qualifications, staff names, templates
 * and wording. Tables are kept as text, one row a line, so they stay readable at this size.
 */

/**
 * @typedef {{ id: string, title: string, credits: number }} ModuleSpec
 * @typedef {{ id: string, title: string, eqf: number, credits: number, field: string, modules: ModuleSpec[] }} QualificationSpec
 * @typedef {{ key: string, role: string, anchor: string, offset: string, effortHours?: number, kind?: "event", notBefore?: string, label?: string }} MilestoneSpec
 */

/** Splits a text table into rows of trimmed cells; blank lines are skipped. */
function rows(/** @type {string} */ table, /** @type {RegExp} */ separator) {
	return table
		.split("\n")
		.filter((line) => line.trim() !== "")
		.map((line) => line.split(separator).map((cell) => cell.trim()));
}

// id | title | EQF level | credits (EKAP) | field | modules as "id: title: credits" separated by ";"
const QUALIFICATION_TABLE = `
welder-4 | Welder | 4 | 120 | engineering | welding-basics: Welding basics and workplace safety: 10; mig-mag: MIG/MAG welding: 15; tig: TIG welding: 10; mma: Manual metal arc welding: 15
cnc-operator-4 | CNC machine operator | 4 | 120 | engineering | technical-drawing: Technical drawing and measuring: 8; cnc-turning: CNC turning: 15; cnc-milling: CNC milling: 15; cad-cam: CAD/CAM programming: 10
industrial-electrician-4 | Industrial electrician | 4 | 120 | engineering | electrical-safety: Electrical safety: 5; installation: Electrical installation: 15; motors-drives: Motors and drives: 10; plc-basics: PLC basics: 8
automation-technician-5 | Automation technician | 5 | 150 | engineering | plc-programming: PLC programming: 12; pneumatics: Pneumatics and hydraulics: 8; robotics: Industrial robotics: 10; scada: SCADA systems: 6
mechatronics-technician-4 | Mechatronics technician | 4 | 120 | engineering | mechanics: Mechanical assemblies: 10; sensors: Sensors and actuators: 8; maintenance: Preventive maintenance: 6
software-developer-4 | Software developer | 4 | 120 | it | programming-basics: Programming basics: 12; web-development: Web development: 15; databases: Databases: 8; software-testing: Software testing: 6
it-systems-specialist-4 | IT systems specialist | 4 | 120 | it | networks: Computer networks: 10; server-administration: Server administration: 12; cloud-services: Cloud services: 8; cybersecurity: Cybersecurity basics: 6
it-support-4 | IT support specialist | 4 | 90 | it | helpdesk: Helpdesk practice: 6; workstations: Workstation administration: 8; office-software: Office software for teams: 4
data-analyst-5 | Junior data analyst | 5 | 90 | it | spreadsheets: Spreadsheet analysis: 5; sql-reporting: SQL reporting: 8; dashboards: Dashboards and visualisation: 6; python-data: Data analysis in Python: 10
cook-4 | Cook | 4 | 120 | hospitality | food-hygiene: Food hygiene and HACCP: 3; hot-kitchen: Hot kitchen: 15; pastry: Pastry and baking: 10; menu-planning: Menu planning and costing: 5
pastry-chef-4 | Pastry chef | 4 | 120 | hospitality | doughs: Yeast and puff doughs: 10; cakes: Cakes and desserts: 12; chocolate: Chocolate work: 6
hotel-services-4 | Hotel services specialist | 4 | 90 | hospitality | reception: Front desk and reservations: 8; housekeeping: Housekeeping management: 6; guest-service: Guest service in English: 5
logistician-4 | Logistician | 4 | 120 | logistics | warehouse-operations: Warehouse operations: 12; forklift: Forklift operation: 5; warehouse-systems: Warehouse management systems: 6; transport-documents: Transport documents and customs: 6
truck-driver-4 | Truck driver | 4 | 60 | logistics | cargo-securing: Cargo securing: 3; tachograph: Tachograph and working time: 3; eco-driving: Economical driving: 3
finishing-builder-4 | Finishing builder | 4 | 120 | construction | facade-finishing: Facade insulation and finishing: 10; renovation: Renovation of historic buildings: 8; interior-finishing: Interior finishing: 15
carpenter-4 | Carpenter | 4 | 120 | construction | timber-frames: Timber frame construction: 12; roofing: Roof structures: 10; joinery: Joinery: 10
hvac-fitter-4 | Heating and ventilation fitter | 4 | 120 | construction | heating-systems: Heating systems: 15; heat-pumps: Heat pump installation: 6; ventilation: Ventilation systems: 10
plumber-4 | Plumber | 4 | 120 | construction | water-supply: Water supply systems: 10; sewerage: Sewerage systems: 8; bathroom-fitting: Bathroom fitting: 6
site-foreman-5 | Construction site foreman | 5 | 90 | construction | site-management: Site management: 10; cost-estimation: Cost estimation: 6; building-law: Building law and documents: 5
caregiver-4 | Caregiver | 4 | 90 | care | care-basics: Basics of care work: 10; dementia-care: Caring for people with dementia: 6; first-aid: First aid in care work: 3
childcare-worker-4 | Childcare worker | 4 | 60 | care | child-development: Child development: 6; play-activities: Play and learning activities: 6; special-needs: Children with special needs: 5
social-care-assistant-4 | Social care assistant | 4 | 90 | care | home-care: Home care services: 8; assistive-devices: Assistive devices: 4; communication-care: Communication in care work: 4
accountant-5 | Accountant | 5 | 60 | business | bookkeeping: Bookkeeping and e-invoicing: 15; payroll: Payroll accounting: 6; annual-reports: Annual reports of small companies: 8
sales-representative-4 | Sales representative | 4 | 90 | business | sales-conversations: Sales conversations: 6; e-commerce: E-commerce: 8; customer-relations: Customer relationship management: 5
office-administrator-4 | Office administrator | 4 | 90 | business | records-management: Records management: 5; office-communication: Business communication: 6; event-planning: Event planning: 4
entrepreneur-5 | Small business entrepreneur | 5 | 60 | business | business-plan: Business planning: 8; digital-marketing: Digital marketing: 6; small-business-finance: Finance of a small business: 6
hairdresser-4 | Hairdresser | 4 | 120 | beauty | hair-cutting: Hair cutting techniques: 12; hair-colouring: Hair colouring: 10; salon-service: Salon customer service: 4
car-mechanic-4 | Car mechanic | 4 | 120 | automotive | engine-systems: Engine systems: 12; electric-vehicles: Electric and hybrid vehicles: 8; diagnostics: Vehicle diagnostics: 10
forester-4 | Forester | 4 | 120 | forestry | forest-inventory: Forest inventory: 8; chainsaw: Chainsaw work and safety: 5; forest-machines: Forest machine operation: 12
landscape-gardener-4 | Landscape gardener | 4 | 120 | agriculture | plant-care: Plant care: 8; paving: Paving and small structures: 8; garden-design: Garden design basics: 6
solar-installer-4 | Renewable energy installer | 4 | 60 | energy | solar-pv: Solar PV installation: 8; battery-storage: Battery storage systems: 5; energy-audit: Home energy audit: 4
`;

/** Estonian vocational qualifications (EstQF/EQF levels 4–5), with the modules courses lead to. */
export const QUALIFICATIONS = rows(QUALIFICATION_TABLE, /\|/).map(
	([id = "", title = "", eqf = "", credits = "", field = "", modules = ""]) =>
		/** @type {QualificationSpec} */ ({
			id,
			title,
			eqf: Number(eqf),
			credits: Number(credits),
			field,
			modules: rows(modules.replaceAll(";", "\n"), /:/).map(
				([moduleId = "", moduleTitle = "", moduleCredits = ""]) => ({
					id: moduleId,
					title: moduleTitle,
					credits: Number(moduleCredits),
				}),
			),
		}),
);

export const FIRST_NAMES =
	"Kadri Margus Mart Tiina Rein Piret Andres Urmas Katrin Liis Kristjan Anu Maarja Jaan Kersti Tõnu Merike Priit Ülle Siim Eve Toomas Helen Indrek Kaja Peeter Triin Raivo Külli Ott Marju Lauri Sirje Aivar Kairi Tarmo Ene Veiko Reet Mihkel Signe Jüri Anneli Kalle Riina Erki Pille Hannes Ly Madis".split(
		" ",
	);
export const SURNAMES =
	"Tamm Sepp Kask Saar Lepik Mägi Kukk Ots Rebane Pärn Raud Kallas Luik Ilves Kuusk Rand Oja Mets Lõhmus Koppel Kivi Laur Kuusik Vaher Karu Põder Teder Sild Lill Org Jõgi Unt Valk Kütt Nõmm Parts Roos Tali Paju Allik Hunt Raudsepp Aas Ruus Toom Sarapuu Männik Kangur Pihlak Vares".split(
		" ",
	);

/**
 * Parses a template's milestones. Columns: key, role, anchor, offset, effort in hours or
 * "event", notBefore anchor or "-", then an optional label (the rest of the line).
 */
function milestones(/** @type {string} */ table) {
	return rows(table, / +/).map(
		([key = "", role = "", anchor = "", offset = "", effort = "", notBefore = "-", ...label]) => {
			/** @type {MilestoneSpec} */
			const milestone = { key, role, anchor, offset };
			if (label.length > 0) milestone.label = label.join(" ");
			if (effort === "event") milestone.kind = "event";
			else milestone.effortHours = Number(effort);
			if (notBefore !== "-") milestone.notBefore = notBefore;
			return milestone;
		},
	);
}

/** A lighter plan for short evening courses, and one for online courses with an open webinar. */
export const TEMPLATES = [
	{
		id: "short-evening",
		label: "Short evening course",
		milestones: milestones(`
content-approved       pedagogy   publication          -10wd  3      -            Content and trainer approved
budget-approved        manager    publication          -5wd   1
catalogue-published    marketing  publication          +0d    2      -            Published in the catalogue
social-post            marketing  decisionWindow.from  +0d    3      publication  Social media and newsletter post
employer-flyers        marketing  start                -4w    2      -            Flyers sent to partner employers
registration-closes    support    start                -5wd   1
go-no-go               manager    start                -4wd   1      -            Go/no-go decision
participants-informed  support    start                -3wd   2
course-start           pedagogy   start                +0d    event
`),
	},
	{
		id: "online-express",
		label: "Online course with an open webinar",
		milestones: milestones(`
content-approved       pedagogy   publication          -15wd  10
budget-approved        manager    publication          -10wd  2
catalogue-published    marketing  publication          +0d    3
open-webinar           pedagogy   decisionWindow.from  +10wd  4      publication  Open information webinar
newsletter             marketing  decisionWindow.to    -3w    3
registration-closes    support    start                -5wd   1
participants-informed  support    start                -2wd   2
course-start           pedagogy   start                +0d    event
`),
	},
];

/**
 * The milestone keys of the built-in default template (src/model/default-template.ts). If they
 * drift, the generated plan fails validation on milestoneStatus, so the drift cannot go unseen.
 */
export const DEFAULT_TEMPLATE_KEYS =
	"content-approved budget-approved marketing-plan-ready staff-briefed catalogue-published campaign-launch campaign-reminder registration-closes go-no-go participants-informed course-start".split(
		" ",
	);

/**
 * Milestone keys by template id; `undefined` is the default template.
 * @type {Map<string | undefined, string[]>}
 */
export const TEMPLATE_KEYS = new Map([[undefined, DEFAULT_TEMPLATE_KEYS]]);
for (const template of TEMPLATES) {
	const keys = template.milestones.map((step) => step.key);
	TEMPLATE_KEYS.set(template.id, keys);
}

export const TITLE_VARIANTS = [
	"",
	" for beginners",
	" in practice",
	": advanced course",
	" refresher",
	" for team leaders",
	" with certificate",
];

/** Learning outcomes, written around a module's topic. */
export const OUTCOME_PATTERNS = [
	(/** @type {string} */ topic) => `Plans and carries out ${topic} tasks safely`,
	(/** @type {string} */ topic) => `Chooses suitable tools and materials for ${topic}`,
	(/** @type {string} */ topic) => `Checks the quality of own ${topic} work against the standard`,
	(/** @type {string} */ topic) => `Explains the rules and regulations that apply to ${topic}`,
	(/** @type {string} */ topic) => `Documents ${topic} work for the customer and the employer`,
];

export const ASSESSMENTS = [
	"practical test and portfolio",
	"written test and practical assignment",
	"project defended in a short interview",
	"observed practice at the learner's workplace",
	"case study",
];

export const LOCATIONS = [
	"Tartu, main building",
	"Tartu, workshop centre",
	"Tartu, training kitchen",
	"Tartu and online",
	"Põlva learning centre",
	"Jõgeva learning centre",
];
