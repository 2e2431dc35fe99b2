// Placeholder replaced below.
export async function scaffoldCheck() {}
