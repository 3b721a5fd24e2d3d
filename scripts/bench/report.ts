import { median } from './stats';

/** One line of the report: a value, what it is compared with, and the goal it is held to, if any. */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  value: number;
  baseline?: { label: string; value: number };
  /** How `value` compares with the goal: the figure itself ('value') or its ratio to the baseline ('ratio'). */
  goal?: { on: 'value' | 'ratio'; at: 'most' | 'least'; limit: number; text: string };
}

function met(figure: Figure): boolean | undefined {
  if (!figure.goal) return undefined;
  const subject = figure.goal.on === 'value' ? figure.value : figure.value / (figure.baseline?.value ?? Number.NaN);
  return figure.goal.at === 'most' ? subject <= figure.goal.limit : subject >= figure.goal.limit;
}

function format(value: number, unit: string): string {
  if (unit === 'requests') return String(value);
  return `${value.toFixed(value >= 100 ? 0 : 1)} ${unit}`;
}

/** The figures as a Markdown table: value, baseline, ratio, and whether the goal was met. */
export function table(figures: Figure[]): string {
  const lines = ['| Figure | Value | Baseline (same run) | Ratio | Goal |', '|---|---|---|---|---|'];
  for (const f of figures) {
    const ratio = f.baseline ? `${(f.value / f.baseline.value).toFixed(2)}×` : '';
    const baseline = f.baseline ? `${format(f.baseline.value, f.unit)} (${f.baseline.label})` : '';
    const verdict = met(f);
    const goal = f.goal ? `${f.goal.text} ${verdict ? 'met' : 'missed'}` : '';
    lines.push(`| ${f.label} | ${format(f.value, f.unit)} | ${baseline} | ${ratio} | ${goal} |`);
  }
  return lines.join('\n');
}

/** Each figure's median over the repeats (baselines too). */
export function medians(runs: Figure[][]): Figure[] {
  const [first = []] = runs;
  return first.map((figure) => {
    const same = runs.map((run) => run.find((f) => f.id === figure.id)).filter((f): f is Figure => f !== undefined);
    return {
      ...figure,
      value: median(same.map((f) => f.value)),
      ...(figure.baseline
        ? { baseline: { ...figure.baseline, value: median(same.map((f) => f.baseline?.value ?? Number.NaN)) } }
        : {}),
    };
  });
}
