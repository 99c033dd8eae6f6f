export { merchantKey } from '../../../../engines/accounting/merchant-key.js';
export { amountBucket, transactionFeatures } from './features.js';
export {
  DEFAULT_TRAINING,
  TransactionClassifier,
  type LabeledExample,
  type Prediction,
  type TrainingOptions,
} from './classifier.js';
export {
  holdoutAccuracy,
  holdoutSplit,
  type HoldoutError,
  type HoldoutOptions,
  type HoldoutResult,
} from './holdout.js';
export { REVIEW_THRESHOLD } from './review-threshold.js';
