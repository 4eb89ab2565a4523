import { packageTestConfig } from '../../vitest.shared.ts';

export default packageTestConfig(
  import.meta.dirname,
  {},
  // The edge tests send to a loopback Graph stand-in that this setup starts in Node.
  { edge: true, edgeGlobalSetup: ['test/edge-graph-server.ts'] },
);
