/**
 * The evaluation (criteria-rules, `IndicatorResult.need()` and `Threshold.judge()`) explains each
 * indicator in a small fixed English grammar: "raise by 6% to ≥ 80%", "enter a value (required
 * ≥ 36 triệu đồng/người/năm)", "76.1% ≥ 70%". These functions say the same in the user's language
 * with Vietnamese numbers; a sentence outside the grammar is shown as the server wrote it.
 */
import { formatNumber, type FormatLanguage } from './format';

const NUMBER = /-?\d+(?:\.\d+)?/g;

function numbers(text: string, lang: FormatLanguage): string {
  return text.replace(NUMBER, (n) => formatNumber(Number(n), lang, { maximumFractionDigits: 6 }));
}

const WORDS = {
  vi: {
    achieved: 'đạt',
    none: 'không còn',
    between: (a: string, b: string) => `từ ${a} đến ${b}`,
    defineThreshold: 'cần xác định ngưỡng trước',
    enterValue: (t: string) => `nhập giá trị (yêu cầu ${t})`,
    reach: (t: string) => `cần đạt ${t}`,
    raise: (a: string, t: string) => `cần tăng thêm ${a} để đạt ${t}`,
    lower: (a: string, t: string) => `cần giảm ${a} để đạt ${t}`,
    bring: (t: string) => `cần đưa về ${t}`,
    achieve: 'cần hoàn thành chỉ tiêu',
    eliminate: 'cần xóa bỏ hoàn toàn',
    required: (t: string) => `yêu cầu ${t}`,
    notAchieved: 'chưa đạt',
    somePresent: 'vẫn còn',
    nonePresent: 'không còn',
    present: (n: string) => `còn ${n}`,
    noValue: 'chưa có giá trị',
    allCriteria: (n: string) => `đạt đủ ${n} tiêu chí`,
    atLeast: (n: string, of: string) => `đạt ít nhất ${n} trên ${of} tiêu chí`,
  },
  en: {
    achieved: 'achieved',
    none: 'none',
    between: (a: string, b: string) => `between ${a} and ${b}`,
    defineThreshold: 'define a threshold first',
    enterValue: (t: string) => `enter a value (required ${t})`,
    reach: (t: string) => `reach ${t}`,
    raise: (a: string, t: string) => `raise by ${a} to ${t}`,
    lower: (a: string, t: string) => `lower by ${a} to ${t}`,
    bring: (t: string) => `bring to ${t}`,
    achieve: 'achieve it',
    eliminate: 'eliminate every occurrence',
    required: (t: string) => `required ${t}`,
    notAchieved: 'not achieved',
    somePresent: 'some present',
    nonePresent: 'none present',
    present: (n: string) => `${n} present`,
    noValue: 'no value',
    allCriteria: (n: string) => `all ${n} criteria met`,
    atLeast: (n: string, of: string) => `at least ${n} of ${of} criteria met`,
  },
} as const;

/** "≥ 80%", "achieved", "none", "between 1 and 2 km" → the same in `lang`. */
export function thresholdText(threshold: string, lang: FormatLanguage): string {
  const words = WORDS[lang];
  const text = threshold.trim();
  if (text === 'achieved') return words.achieved;
  if (text === 'none') return words.none;
  const between = /^between (\S+) and (.+)$/.exec(text);
  if (between) return words.between(numbers(between[1]!, lang), numbers(between[2]!, lang));
  return numbers(text, lang);
}

/** What an indicator needs to be met (GapNeed.need, IndicatorEvaluation.need). */
export function needText(need: string | null | undefined, lang: FormatLanguage): string {
  if (!need) return '';
  const words = WORDS[lang];
  const text = need.trim();
  let m: RegExpExecArray | null;
  if (text === 'define a threshold first') return words.defineThreshold;
  if (text === 'achieve it') return words.achieve;
  if (text === 'eliminate every occurrence') return words.eliminate;
  if ((m = /^enter a value \(required (.+)\)$/.exec(text)))
    return words.enterValue(thresholdText(m[1]!, lang));
  if ((m = /^raise by (.+?) to (.+)$/.exec(text)))
    return words.raise(numbers(m[1]!, lang), thresholdText(m[2]!, lang));
  if ((m = /^lower by (.+?) to (.+)$/.exec(text)))
    return words.lower(numbers(m[1]!, lang), thresholdText(m[2]!, lang));
  if ((m = /^bring to (.+)$/.exec(text))) return words.bring(thresholdText(m[1]!, lang));
  if ((m = /^reach (.+)$/.exec(text))) return words.reach(thresholdText(m[1]!, lang));
  return text;
}

/** How a value was judged (IndicatorEvaluation.explanation): "76.1% ≥ 70%", "achieved", … */
export function explanationText(explanation: string | null | undefined, lang: FormatLanguage) {
  if (!explanation) return '';
  const words = WORDS[lang];
  const text = explanation.trim();
  let m: RegExpExecArray | null;
  if (text === 'achieved') return words.achieved;
  if (text === 'none present' || text === '0 present') return words.nonePresent;
  if (text === 'not achieved (required achieved)')
    return `${words.notAchieved} (${words.required(words.achieved)})`;
  if (text === 'some present (required none)')
    return `${words.somePresent} (${words.required(words.none)})`;
  if ((m = /^(\S+) present \(required none\)$/.exec(text)))
    return `${words.present(numbers(m[1]!, lang))} (${words.required(words.none)})`;
  if ((m = /^no value \(required (.+)\)$/.exec(text)))
    return `${words.noValue} (${words.required(thresholdText(m[1]!, lang))})`;
  if (
    (m = /^(.+?) \(required (.+)\)$/.exec(text)) &&
    /^[-\d.%\s≥≤<>=≠a-zA-Zà-ỹÀ-Ỹđ/]+$/.test(m[1]!)
  )
    return `${numbers(m[1]!, lang)} (${words.required(thresholdText(m[2]!, lang))})`;
  if (/^-?\d[\d.]*\S*( \S+)* [≥≤=] /.test(text) || /^-?\d[\d.]*\S* in \[/.test(text))
    return numbers(text, lang);
  return text;
}

/** The set's recognition rule (Evaluation.rule): "all 19 criteria met", "at least 5 of 17 criteria met". */
export function ruleText(rule: string | null | undefined, lang: FormatLanguage): string {
  if (!rule) return '';
  const words = WORDS[lang];
  let m: RegExpExecArray | null;
  if ((m = /^all (\d+) criteria met$/.exec(rule.trim()))) return words.allCriteria(m[1]!);
  if ((m = /^at least (\d+) of (\d+) criteria met$/.exec(rule.trim())))
    return words.atLeast(m[1]!, m[2]!);
  return rule;
}

const REFUSALS: Record<string, string> = {
  'must be a percentage between 0 and 100': 'phải là tỷ lệ phần trăm từ 0 đến 100',
  'must be true (achieved) or false (not achieved)': 'phải là Đạt hoặc Chưa đạt',
  'must be true/false or a count ≥ 0': 'phải là Có/Không hoặc một số đếm ≥ 0',
  'must be a level or score ≥ 0': 'phải là mức hoặc điểm ≥ 0',
  'must be a number': 'phải là một số',
  'must be true/false or a JSON number': 'phải là Đạt/Chưa đạt hoặc một số',
};

/** Why the service refused a value (`errors[].message` of `values.<code>`), in the user's language. */
export function refusalText(message: string, lang: FormatLanguage): string {
  return lang === 'vi' ? (REFUSALS[message.trim()] ?? message) : message;
}
