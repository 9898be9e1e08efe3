export async function startBot(..._a: unknown[]) {}
