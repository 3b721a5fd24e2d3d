/** One step of an app-to-app flow and how it went. */
export interface FlowStep {
  ok: boolean;
  text: string;
}

/** What one app-to-app flow did: its name, each step, and whether the user ended up linked. */
export interface FlowReport {
  flow: string;
  linked: boolean;
  steps: FlowStep[];
}

/** A report collected step by step; `fail` ends it. */
export class FlowRecorder {
  readonly report: FlowReport;

  constructor(flow: string) {
    this.report = { flow, linked: false, steps: [] };
  }

  ok(text: string): void {
    this.report.steps.push({ ok: true, text });
  }

  fail(text: string): FlowReport {
    this.report.steps.push({ ok: false, text });
    return this.report;
  }

  linked(text: string): FlowReport {
    this.ok(text);
    this.report.linked = true;
    return this.report;
  }
}

/** The report as one transcript line: the flow, then each step with ✓ or ✗. */
export function formatFlow(report: FlowReport): string {
  const steps = report.steps.map((step) => `${step.text} ${step.ok ? '✓' : '✗'}`).join(' · ');
  return `${report.linked ? 'Linked' : 'Not linked'} by ${report.flow}: ${steps}.`;
}
