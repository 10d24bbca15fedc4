/**
 * A small suffix-stripping stemmer for Estonian search words, in two steps: a case ending
 * (singular or plural: `-sse`, `-st`, `-le`, `-ga`, `-dega`, `-tele`, `-d`, `-id`, …), then a
 * stem-final `-se`, `-ne` or `-s` of the -ne/-se and -s/-se word types (`inimene`/`inimese`,
 * `koolitus`/`koolituse`). What is left is a prefix of every form of the word, and of the
 * compounds that begin with it: `raamatupidamine`, `raamatupidamise` and `raamatupidamisest`
 * all give `raamatupidami`, which begins `raamatupidamistarkvara`.
 *
 * It never leaves fewer than 4 letters, so short words (`kokk`, `test`, `ja`) stay whole. A
 * word with no Estonian ending may lose a final letter (`welds` → `weld`), which only ever
 * widens a prefix search. No maintained Estonian stemmer exists for JavaScript (Snowball's
 * Estonian algorithm has no kept-up npm port), hence this one.
 */
export function estonianStem(word: string): string {
	const lower = word.toLocaleLowerCase("et");
	return strip(strip(lower, caseEndings), stemEndings);
}

/** Longest first, so `-dega` wins over `-ga` and `-sse` over `-s`. */
const caseEndings = [
	"desse",
	"tesse",
	"dega",
	"tega",
	"dest",
	"test",
	"delt",
	"telt",
	"deks",
	"teks",
	"deni",
	"teni",
	"dena",
	"tena",
	"deta",
	"teta",
	"dele",
	"tele",
	"sse",
	"des",
	"tes",
	"del",
	"tel",
	"ga",
	"st",
	"le",
	"lt",
	"ks",
	"ni",
	"na",
	"ta",
	"de",
	"te",
	"id",
	"s",
	"l",
	"t",
	"d",
] as const;

const stemEndings = ["se", "ne", "s"] as const;

const shortestStem = 4;

function strip(word: string, endings: readonly string[]): string {
	for (const ending of endings) {
		if (word.endsWith(ending) && word.length - ending.length >= shortestStem)
			return word.slice(0, -ending.length);
	}
	return word;
}
