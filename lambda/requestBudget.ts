import type { RequestEnvelope } from 'ask-sdk-model';
import { Budget } from './rides/Budget';

const budgets = new WeakMap<RequestEnvelope, Budget>();

/** Starts the time budget of one request; all its calls out (linked service and DynamoDB) share it. */
export function startRequestBudget(envelope: RequestEnvelope, totalMs: number, now: () => number): Budget {
  const budget = new Budget(totalMs, now);
  budgets.set(envelope, budget);
  return budget;
}

/**
 * The budget started for this request, if any. ask-sdk hands a persistence adapter nothing but the request
 * envelope, so the adapter finds the budget by it.
 */
export function requestBudget(envelope: RequestEnvelope): Budget | undefined {
  return budgets.get(envelope);
}
