/**
 * The playground in a real browser, for what a person does with a story they do not want and with the
 * follow buttons of a card: the real `mawjaz serve` (no platform credentials: the playground on a fresh
 * SQLite file with the bundled samples) driven through the system Chromium, at the playground's width.
 * Not relevant names the story it hid, Undo and `list`'s Show again bring it back into the next card;
 * every Teams button reads in full (its label is not clipped), in English and after `language ar`.
 * Screenshots go to test-artifacts/playground/. Skipped (with a notice) without /usr/bin/chromium, except in CI.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askInChat, hasChromium, type PlaygroundSession, startPlayground, visible } from '../support/browser.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'playground');
/** The width the other browser tests use: Slack and Teams side by side. */
const VIEWPORT = { width: 1440, height: 900 };

/** Each Teams button whose label is cut (its text wider than the room it has), by its label. */
async function clippedButtons(teams: Locator): Promise<string[]> {
  return teams.locator('.ac-pushButton').evaluateAll((buttons) =>
    buttons.flatMap((button) => {
      const label = button.querySelector('div') ?? button;
      return label.scrollWidth > label.clientWidth ? [`${button.textContent ?? ''} (${label.scrollWidth} > ${label.clientWidth} px)`] : [];
    }),
  );
}

describe.skipIf(!hasChromium)('playground in Chromium: hidden stories and follow buttons', () => {
  let session: PlaygroundSession;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await startPlayground({}, VIEWPORT);
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  const ask = (command: string, place: 'dm' | 'channel' = 'dm'): Promise<Locator> => askInChat(page, command, place);

  /** The story titles a topic card shows in its Slack rendering (each linked, with its ⋯ menu). */
  async function storyTitles(answer: Locator): Promise<string[]> {
    return answer.getByTestId('slack-render').locator('.sk-section', { has: page.getByTestId('slack-overflow') }).locator('a').allInnerTexts();
  }

  let hiddenTitle = '';
  /** A topic with several stories this week (the samples are shifted to the real clock: which one depends on the day). */
  let topic = '';

  it('Not relevant in a story’s ⋯ menu says which story it hid, in Slack and Teams, with Undo', async () => {
    let answer: Locator | undefined;
    let titles: string[] = [];
    for (const candidate of ['libya', 'IOM', 'مصر', 'sudan', 'smuggling', 'khartoum']) {
      answer = await ask(candidate);
      titles = await storyTitles(answer);
      topic = candidate;
      if (titles.length > 1) break;
    }
    expect(titles.length, 'a sample topic with two stories or more this week').toBeGreaterThan(1);
    if (!answer) return;
    hiddenTitle = titles[0]!;
    const slack = answer.getByTestId('slack-render');
    await slack.getByTestId('slack-overflow').first().click();
    await slack.getByTestId('slack-overflow-option').filter({ hasText: 'Not relevant' }).first().click();
    const said = `Hidden: ${hiddenTitle} — not shown in your briefs again.`;
    await visible(answer.getByTestId('slack-render').getByText(said), 'the Slack confirmation naming the story');
    await visible(answer.getByTestId('teams-render').locator('.ac-textBlock', { hasText: said }), 'the Teams confirmation naming the story');
    await visible(answer.getByTestId('teams-render').locator('.ac-pushButton', { hasText: 'Undo' }), 'the card’s Undo button');
    await answer.screenshot({ path: join(ARTIFACTS, 'hidden-story.png') });

    // The next card leaves it out.
    expect(await storyTitles(await ask(topic))).not.toContain(hiddenTitle);
  });

  it('Undo brings the story back: the next card shows it again', async () => {
    // By position: once undone, the answer no longer says "Hidden".
    const answers = await page.getByTestId('answer').allInnerTexts();
    const confirmation = page.getByTestId('answer').nth(answers.findIndex((text) => text.includes(`Hidden: ${hiddenTitle}`)));
    await confirmation.getByTestId('slack-render').locator('[data-testid="slack-button"][data-action-id="mawjaz_feedback_undo"]').click();
    await visible(confirmation.getByTestId('slack-render').getByText(`Shown again: ${hiddenTitle} — back in your briefs.`), 'the undo’s confirmation');
    expect(await storyTitles(await ask(topic))).toContain(hiddenTitle);
  });

  it('`list` shows a hidden story under “Hidden stories”; Show again redraws the list without it and the card has it again', async () => {
    const card = await ask(topic);
    // This time from the Teams card: its first Not relevant button is the first story's.
    await card.getByTestId('teams-render').locator('.ac-pushButton', { hasText: 'Not relevant' }).first().click();
    await visible(card.getByTestId('teams-render').locator('.ac-textBlock', { hasText: `Hidden: ${hiddenTitle}` }), 'the Teams confirmation');

    const list = await ask('list');
    const teams = list.getByTestId('teams-render');
    await visible(teams.getByText('Hidden stories — left out of your briefs'), 'the Hidden stories heading');
    await visible(teams.locator('.ac-textBlock', { hasText: hiddenTitle }), 'the hidden story in the list');
    expect(await list.getByTestId('slack-render').innerText()).toContain(hiddenTitle);
    await list.screenshot({ path: join(ARTIFACTS, 'list-hidden-stories.png') });

    const heading = teams.getByText('Hidden stories — left out of your briefs');
    await teams.locator('.ac-pushButton', { hasText: 'Show again' }).first().click();
    // Redrawn: the heading goes with the last hidden story, and the rest of the list stays.
    await heading.waitFor({ state: 'detached', timeout: 10_000 });
    await visible(list.getByTestId('slack-render').getByText('You follow'), 'the list redrawn');
    expect(await storyTitles(await ask(topic))).toContain(hiddenTitle);
  });

  it('Share in channel in #playground shows the card as the channel gets it, then where it went', async () => {
    const answer = await ask('khartoum', 'channel');
    await answer.getByTestId('slack-render').locator('[data-testid="slack-button"][data-action-id="mawjaz_share"]').click();
    await visible(answer.getByTestId('slack-render').getByText('Shared Khartoum Process in #playground.'), 'Slack’s confirmation to the clicker');
    await visible(answer.getByTestId('teams-render').getByText('✓ Shared Khartoum Process in playground.'), 'the Teams reply');
    expect(await answer.getByTestId('teams-render').innerText()).toContain('Khartoum Process —');
    await answer.screenshot({ path: join(ARTIFACTS, 'shared-in-channel.png') });
  });

  /** Asks, unfolds every “…” menu of the Teams card, and returns the buttons cut short. */
  async function clippedIn(command: string, shot: string): Promise<{ clipped: string[]; buttons: number; answer: Locator }> {
    const answer = await ask(command);
    const teams = answer.getByTestId('teams-render');
    await visible(teams.locator('.ac-adaptiveCard'), `the card for “${command}”`);
    const menus = teams.locator('.ac-pushButton', { hasText: /…$/u });
    for (let i = 0; i < (await menus.count()); i++) await menus.nth(i).click();
    await answer.screenshot({ path: join(ARTIFACTS, shot) });
    return { clipped: await clippedButtons(teams), buttons: await teams.locator('.ac-pushButton').count(), answer };
  }

  it('every Teams button of topic cards and a brief reads in full at the playground’s width, the follow menu unfolded', async () => {
    for (const [command, shot] of [
      ['libya', 'follow-buttons-libya.png'],
      ['IOM', 'follow-buttons-iom.png'],
      ['brief all', 'follow-buttons-brief.png'],
    ] as const) {
      const { clipped, buttons, answer } = await clippedIn(command, shot);
      expect(buttons, command).toBeGreaterThan(2);
      expect(clipped, command).toEqual([]);
      if (command === 'libya') {
        // The unfolded menu names every actor and country in full, each beside its own Follow.
        const rows = await answer.getByTestId('teams-render').locator('.ac-pushButton', { hasText: /^Follow$/u }).count();
        expect(rows).toBeGreaterThan(3);
        // Each row's name, in full with its count, beside its Follow.
        expect(await answer.getByTestId('teams-render').locator('.ac-textBlock', { hasText: /^[^—:]+ \(\d+\)$/u }).count()).toBeGreaterThanOrEqual(rows);
      }
    }
  });

  it('after `language ar` the Arabic brief’s follow menu unfolds right to left and every button reads in full', async () => {
    await ask('language ar');
    const card = await clippedIn('libya', 'follow-buttons-libya-ar.png');
    expect(card.clipped).toEqual([]);
    const brief = await clippedIn('brief all', 'follow-buttons-brief-ar.png');
    expect(brief.clipped).toEqual([]);
    const teams = brief.answer.getByTestId('teams-render');
    expect(await teams.locator('.ac-adaptiveCard').first().getAttribute('dir')).toBe('rtl');
    await visible(teams.locator('.ac-pushButton', { hasText: 'متابعة جهة أو بلد…' }), 'the Arabic follow menu');
    // One short «متابعة» per most-mentioned actor or country, its Arabic name in full beside it.
    expect(await teams.locator('.ac-pushButton', { hasText: /^متابعة$/u }).count()).toBeGreaterThan(0);
    expect(await teams.locator('.ac-textBlock', { hasText: /^[\u0600-\u06FF][^()]* \(\d+\)$/u }).count()).toBeGreaterThan(0);
  });

  it('ran without a script error or a file the page missed', () => {
    expect(session.problems).toEqual([]);
  });
});
