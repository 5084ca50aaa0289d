export async function hydrate(_root: HTMLElement): Promise<void> {}
