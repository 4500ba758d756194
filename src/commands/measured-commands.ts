/**
 * The command service with each answer timed for /metrics: typed commands, card clicks (Follow,
 * Subscribe, Not relevant… go through showTopic, changeSubscription and changeFeedback, from Slack,
 * Teams and the playground alike) and App Home views, by the audience's platform. Wrapping the
 * service here keeps adapters free of metrics: they call the same CommandService they always did.
 */
import { type CommandKind, type Metrics, secondsSince } from '../metrics/recorder.js';
import type { CommandService } from './command.service.js';

export function measuredCommands(commands: CommandService, metrics: Metrics): CommandService {
  async function timed<T>(platform: string, kind: CommandKind, answer: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await answer();
      metrics.command(platform, kind, 'ok', secondsSince(started));
      return result;
    } catch (error) {
      metrics.command(platform, kind, 'error', secondsSince(started));
      throw error;
    }
  }
  return {
    run: (audience, text, defaults) => timed(audience.platform, 'command', () => commands.run(audience, text, defaults)),
    showTopic: (audience, topicId) => timed(audience.platform, 'click', () => commands.showTopic(audience, topicId)),
    changeSubscription: (audience, action, topicId, mode, defaults) => timed(audience.platform, 'click', () => commands.changeSubscription(audience, action, topicId, mode, defaults)),
    home: (audience, channels) => timed(audience.platform, 'home', () => commands.home(audience, channels)),
    changeFeedback: (audience, change) => timed(audience.platform, 'click', () => commands.changeFeedback(audience, change)),
    failureText: (audience, error, typed) => commands.failureText(audience, error, typed),
  };
}
