import { createNode, type RunningNode } from '../server/node.ts';
import { configFrom, type DataOptions } from './database.ts';

/**
 * Builds the node's services on its database for a one-shot command (no HTTP listener, no background jobs),
 * runs `work`, and closes it. Commands that change state go through the same services as the API.
 */
export async function withNode<T>(
  options: DataOptions,
  work: (node: Omit<RunningNode, 'url'>) => Promise<T>,
): Promise<T> {
  const config = { ...configFrom(options), jobsEnabled: false, logLevel: 'error' };
  const node = await createNode({ config, seed: false, announce: () => {} });
  try {
    return await work(node);
  } finally {
    await node.close();
  }
}
