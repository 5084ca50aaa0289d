/** The /in-practice/ page's core: the LR range test, the stability limit and the schedule recipes. */
export * from './finder';
export * from './hessian';
export * from './recipes';
