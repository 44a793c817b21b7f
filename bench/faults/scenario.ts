// What every scenario is given: the PostgreSQL server, the checkout under test, a work directory, and the run's size.
import type { DeployOptions } from './deployment';
import type { PostgresServer } from './postgres';

export interface ScenarioContext {
  server: PostgresServer;
  quick: boolean;
  /** The parts of a deployment every scenario shares. */
  deploy: Pick<DeployOptions, 'server' | 'serviceDir' | 'workDir'>;
}
