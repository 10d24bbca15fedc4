import type { Template } from "./template.ts";

/**
 * The marketing plan every offering gets unless it names another template (docs/rules.md). Its
 * labels are in English and Estonian; a report in another language shows them in the
 * institution's first language, else in English.
 */
export const defaultTemplate: Template = {
	id: "default",
	label: "Default marketing plan",
	milestones: [
		{
			key: "content-approved",
			label: { en: "Content approved", et: "Sisu kinnitatud" },
			role: "pedagogy",
			anchor: "publication",
			offset: "-15wd",
			effortHours: 8,
		},
		{
			key: "budget-approved",
			label: { en: "Budget approved", et: "Eelarve kinnitatud" },
			role: "manager",
			anchor: "publication",
			offset: "-10wd",
			effortHours: 2,
		},
		{
			key: "marketing-plan-ready",
			label: { en: "Marketing plan ready", et: "Turundusplaan valmis" },
			role: "marketing",
			anchor: "publication",
			offset: "-5wd",
			effortHours: 6,
		},
		{
			key: "staff-briefed",
			label: { en: "Staff briefed", et: "Töötajad teavitatud" },
			role: "manager",
			anchor: "publication",
			offset: "-5wd",
			effortHours: 2,
		},
		{
			key: "catalogue-published",
			label: { en: "Published in the catalogue", et: "Kataloogis avaldatud" },
			role: "marketing",
			anchor: "publication",
			offset: "+0d",
			effortHours: 4,
		},
		{
			key: "campaign-launch",
			label: { en: "Campaign launched", et: "Kampaania käivitatud" },
			role: "marketing",
			anchor: "decisionWindow.from",
			offset: "+0d",
			notBefore: "publication",
			effortHours: 12,
		},
		{
			key: "campaign-reminder",
			label: { en: "Campaign reminder", et: "Kampaania meeldetuletus" },
			role: "marketing",
			anchor: "start",
			offset: "-6w",
			effortHours: 6,
		},
		{
			key: "registration-closes",
			label: { en: "Registration closes", et: "Registreerimine sulgub" },
			role: "support",
			anchor: "start",
			offset: "-10wd",
			effortHours: 1,
		},
		{
			key: "go-no-go",
			label: { en: "Go/no-go decision", et: "Toimumise otsus" },
			role: "manager",
			anchor: "start",
			offset: "-8wd",
			effortHours: 1,
		},
		{
			key: "participants-informed",
			label: { en: "Participants informed", et: "Osalejad teavitatud" },
			role: "support",
			anchor: "start",
			offset: "-5wd",
			effortHours: 4,
		},
		{
			key: "course-start",
			label: { en: "Course starts", et: "Kursus algab" },
			role: "pedagogy",
			anchor: "start",
			offset: "+0d",
			kind: "event",
		},
	],
};
