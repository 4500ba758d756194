/** What every Teams handler needs: the engine and the core's command service. */
import type { CommandService } from '../../../src/commands/command.service.js';
import type { Engine } from '../../../src/engine.js';

export interface HandlerDeps {
  engine: Engine;
  commands: CommandService;
}
