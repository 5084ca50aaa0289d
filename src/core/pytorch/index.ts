/** Export of a run as a self-contained PyTorch script. */
export { pytorchScript, optimizerSource } from './script';
export { schedulerSource, type RunShape } from './scheduler';
