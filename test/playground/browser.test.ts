/**
 * The playground in a real browser: the real `mawjaz serve` (no platform credentials, so it serves the
 * playground on a fresh SQLite file with the bundled samples) driven through the system Chromium.
 * Each test does what a person would and checks what they see: an answer drawn for Slack and Teams,
 * Follow from either rendering landing in the follows panel, an Arabic brief laid out right to left,
 * "Send now" reaching the inbox through the outbox, and the operator's topic form. Screenshots go to
 * test-artifacts/playground/. Skipped (with a notice) without /usr/bin/chromium, except in CI.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askInChat, hasChromium, type PlaygroundSession, startPlayground, visible } from '../support/browser.js';

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'playground');
const ARABIC = /[\u0600-\u06FF]/u;

const direction = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).direction);

describe.skipIf(!hasChromium)('playground in Chromium', () => {
  let session: PlaygroundSession;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // The outbox is drained every 2 s instead of every minute, so a retried delivery is sent while the test watches.
    session = await startPlayground({ MAWJAZ_SCHEDULER_SECONDS: '2' });
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  const ask = (command: string, place: 'dm' | 'channel' = 'dm'): Promise<Locator> => askInChat(page, command, place);

  const followItems = () => page.getByTestId('follows').getByTestId('follow-item');

  it('answers a new user\'s first questions with this week\'s stories (the samples are dated so the newest is yesterday)', async () => {
    for (const [i, question] of ['مصر', 'IOM', 'libya'].entries()) {
      const answer = await ask(question);
      for (const rendering of [answer.getByTestId('slack-render'), answer.getByTestId('teams-render')]) {
        const text = await rendering.innerText();
        expect(Number(/(\d+) stor(?:y|ies) in the last seven days/.exec(text)?.[1] ?? 0), `${question}: ${text.slice(0, 200)}`).toBeGreaterThan(0);
        expect(text, question).not.toContain('Nothing new');
      }
      if (i === 0) await answer.screenshot({ path: join(ARTIFACTS, 'first-answer-egypt.png') });
    }
    const brief = await ask('brief');
    const text = await brief.getByTestId('slack-render').innerText();
    expect(Number(/(\d+) stor(?:y|ies) from \d+ articles?/.exec(text)?.[1] ?? 0), text.slice(0, 300)).toBeGreaterThan(0);
    await brief.screenshot({ path: join(ARTIFACTS, 'first-brief.png') });
  });

  it('answers `khartoum` in both renderings: Block Kit for Slack and the Adaptive Card for Teams', async () => {
    const answer = await ask('khartoum');
    const slack = answer.getByTestId('slack-render');
    const teams = answer.getByTestId('teams-render');
    expect(await slack.innerText()).toContain('Khartoum Process');
    expect(await teams.innerText()).toContain('Khartoum Process');
    // The card is drawn by Microsoft's renderer, with its buttons.
    await visible(teams.locator('.ac-adaptiveCard'), 'the Adaptive Card');
    await visible(teams.locator('.ac-pushButton', { hasText: 'Follow Khartoum Process' }), 'the card’s Follow button');
    await visible(slack.locator('[data-testid="slack-button"][data-action-id="mawjaz_follow"]'), 'the Slack Follow button');
    expect(await followItems().count()).toBe(0);
    await answer.screenshot({ path: join(ARTIFACTS, 'khartoum-answer.png') });
  });

  it('a click on Slack’s Follow button follows the topic: it is listed in the follows panel and the message is redrawn', async () => {
    const answer = page.getByTestId('answer').last();
    await answer.getByTestId('slack-render').locator('[data-testid="slack-button"][data-action-id="mawjaz_follow"]').click();
    await visible(followItems().filter({ hasText: 'Khartoum Process' }), 'Khartoum Process in the follows panel');
    // As Slack replaces the message: both renderings now offer Unfollow.
    await visible(answer.getByTestId('slack-render').locator('[data-action-id="mawjaz_unfollow"]'), 'Slack’s Unfollow button');
    await visible(answer.getByTestId('teams-render').locator('.ac-pushButton', { hasText: 'Unfollow' }), 'the card’s Unfollow button');
    await page.screenshot({ path: join(ARTIFACTS, 'followed-from-slack.png'), fullPage: true });
  });

  it('the Teams card’s buttons work too: Unfollow empties the panel, Follow brings the topic back', async () => {
    const teams = page.getByTestId('answer').last().getByTestId('teams-render');
    await teams.locator('.ac-pushButton', { hasText: 'Unfollow' }).click();
    await visible(teams.locator('.ac-pushButton', { hasText: 'Follow Khartoum Process' }), 'the card’s Follow button again');
    await visible(page.getByTestId('follows').getByText('Nothing yet'), 'an empty follows panel');
    expect(await followItems().count()).toBe(0);
    await teams.locator('.ac-pushButton', { hasText: 'Follow Khartoum Process' }).click();
    await visible(followItems().filter({ hasText: 'Khartoum Process' }), 'Khartoum Process followed again');
  });

  it('in #playground a Subscribe click on the card subscribes the channel, listed apart from your own follows', async () => {
    const answer = await ask('egypt', 'channel');
    expect(await answer.getByTestId('slack-render').innerText()).toContain('Egypt');
    await answer.getByTestId('teams-render').locator('.ac-pushButton', { hasText: 'Subscribe channel' }).click();
    const egypt = await visible(followItems().filter({ hasText: 'Egypt' }), 'Egypt in the follows panel');
    expect(await egypt.getAttribute('data-place')).toBe('channel');
    expect(await egypt.innerText()).toContain('#playground');
    expect(await followItems().filter({ hasText: 'Khartoum Process' }).getAttribute('data-place')).toBe('dm');
  });

  it('an Arabic brief preview reads right to left in both renderings', async () => {
    await page.getByTestId('tab-brief').click();
    await page.getByTestId('brief-lang').selectOption('ar');
    await page.getByTestId('brief-preview').click();
    const output = page.getByTestId('brief-render');
    const slack = output.getByTestId('slack-render');
    const teams = output.getByTestId('teams-render');
    await visible(slack.locator('.sk-header'), 'the brief’s Slack header');
    const header = slack.locator('.sk-header .sk-line').first();
    expect(await header.innerText()).toMatch(ARABIC);
    expect(await direction(header)).toBe('rtl');
    const storyLine = slack.locator('.sk-section .sk-line').first();
    expect(await storyLine.innerText()).toMatch(ARABIC);
    expect(await direction(storyLine)).toBe('rtl');
    const card = await visible(teams.locator('.ac-adaptiveCard'), 'the brief’s card');
    expect(await card.first().getAttribute('dir')).toBe('rtl');
    const cardText = teams.locator('.ac-textBlock').first();
    expect(await cardText.innerText()).toMatch(ARABIC);
    expect(await direction(cardText)).toBe('rtl');
    await output.screenshot({ path: join(ARTIFACTS, 'brief-arabic.png') });
  });

  it('“Send now” goes through the outbox: the brief arrives in the inbox and the outbox shows it sent', async () => {
    const [sent] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/playground/api/brief/send')), page.getByTestId('brief-send').click()]);
    const id = String(((await sent.json()) as { delivery: { id: number } }).delivery.id);
    const notice = await visible(page.getByTestId('notice-info').filter({ hasText: 'Brief sent through the outbox' }), 'the send confirmation');
    // No internal id in what the page says.
    expect(await notice.first().innerText()).not.toMatch(/#\d/);
    await page.getByTestId('tab-inbox').click();
    // The outbox sender delivers on its own schedule: look again as a person would, by reopening the tab.
    // The Arabic brief just sent (the scheduler could file another brief meanwhile).
    const item = page.getByTestId('inbox').getByTestId('inbox-item').filter({ has: page.locator('.ac-adaptiveCard[dir="rtl"]') });
    for (let i = 0; i < 20 && (await item.count()) === 0; i++) {
      await page.waitForTimeout(500);
      await page.getByTestId('tab-inbox').click();
    }
    await visible(item, 'the brief in the inbox');
    expect(await item.first().getAttribute('data-kind')).toBe('brief');
    expect(await item.first().getByTestId('slack-render').innerText()).toMatch(ARABIC);
    await page.screenshot({ path: join(ARTIFACTS, 'inbox.png'), fullPage: true });

    await page.getByTestId('tab-operator').click();
    const row = (await visible(page.getByTestId('deliveries').locator(`[data-testid="delivery-row"][data-id="${id}"]`), 'the brief’s delivery')).first();
    expect(await row.innerText()).toContain('brief');
    expect(await row.getAttribute('data-status')).toBe('sent');
    expect(await row.getByTestId('delivery-status').innerText()).toBe('sent');
    expect(await row.getByTestId('delivery-retry').count()).toBe(0);
  });

  it('a failed delivery shows its error and a Retry button; Retry sends it to the inbox', async () => {
    // A brief whose last attempt failed (as after a platform outage): the sent brief's row again, failed, written to the server's own database file.
    const file = new Database(session.db.target);
    try {
      file
        .prepare(
          `INSERT INTO outbox (platform, workspace_id, conversation_id, kind, occasion, payload, status, attempts, next_attempt_at, last_error, message_ids, created_at, updated_at)
           SELECT platform, workspace_id, conversation_id, kind, occasion || ':earlier', payload, 'failed', 5, next_attempt_at, 'the platform refused the message (HTTP 503)', '[]', created_at, updated_at
           FROM outbox WHERE kind = 'brief' AND status = 'sent' ORDER BY id LIMIT 1`,
        )
        .run();
    } finally {
      file.close();
    }
    const inboxBefore = await page.getByTestId('inbox').getByTestId('inbox-item').count();
    await page.getByTestId('tab-operator').click();
    const deliveries = page.getByTestId('deliveries');
    await deliveries.getByTestId('delivery-filter').selectOption('failed');
    const failed = (await visible(deliveries.getByTestId('delivery-row').filter({ hasText: 'HTTP 503' }), 'the failed delivery')).first();
    expect(await failed.getAttribute('data-status')).toBe('failed');
    expect(await failed.innerText()).toContain('the platform refused the message (HTTP 503)');
    const id = await failed.getAttribute('data-id');
    await failed.getByTestId('delivery-retry').click();
    await visible(page.getByTestId('notice-info').filter({ hasText: `Delivery #${id} is queued again` }), 'the retry confirmation');
    await deliveries.getByTestId('delivery-filter').selectOption('');
    const row = deliveries.locator(`[data-testid="delivery-row"][data-id="${id}"]`);
    for (let i = 0; i < 20 && (await row.getAttribute('data-status')) !== 'sent'; i++) {
      await page.waitForTimeout(500);
      await deliveries.getByTestId('delivery-filter').selectOption('sent');
      await deliveries.getByTestId('delivery-filter').selectOption('');
    }
    expect(await row.getAttribute('data-status')).toBe('sent');
    expect(await row.getByTestId('delivery-retry').count()).toBe(0);
    await page.getByTestId('tab-inbox').click();
    await visible(page.getByTestId('inbox').getByTestId('inbox-item').nth(inboxBefore), 'the retried brief in the inbox');
  });

  it('the operator tracks a new topic with aliases, adds one more, and `/migration` then knows it', async () => {
    // A topic the gazetteer does not know (the EU–Tunisia MoU is in it now).
    await page.getByTestId('tab-operator').click();
    const topics = page.getByTestId('topics');
    await topics.getByTestId('topic-add-name').fill('Agadez taskforce');
    await topics.getByTestId('topic-add-aliases').fill('Agadez route taskforce, فريق عمل أغاديز');
    await topics.getByTestId('topic-add').click();
    const row = (await visible(topics.getByTestId('topic-row').filter({ hasText: 'Agadez taskforce' }), 'Agadez taskforce in the topics table')).first();
    expect(await row.locator('.alias').allInnerTexts()).toEqual(expect.arrayContaining(['Agadez route taskforce', 'فريق عمل أغاديز']));
    const id = await row.getAttribute('data-topic-id');
    expect(id).toBeTruthy();
    await topics.getByTestId(`alias-input-${id}`).fill('Niger-EU Agadez taskforce');
    await topics.getByTestId(`alias-add-${id}`).click();
    await visible(topics.getByTestId('topic-row').filter({ hasText: 'Agadez taskforce' }).locator('.alias', { hasText: 'Niger-EU Agadez taskforce' }), 'the new alias');
    await page.screenshot({ path: join(ARTIFACTS, 'operator.png'), fullPage: true });

    const answer = await ask('Niger-EU Agadez taskforce');
    expect(await answer.getByTestId('slack-render').innerText()).toContain('Agadez taskforce');
  });

  it('Sources shows a feed’s failed first poll, its error and when it is tried again', async () => {
    await page.getByTestId('tab-operator').click();
    const sources = page.getByTestId('sources');
    // A host that is down (here: a name that never resolves, RFC 6761) is kept and tried again.
    await sources.getByTestId('source-add-url').fill('http://feed.invalid/feed.xml');
    await sources.getByTestId('source-add').click();
    const row = (await visible(sources.getByTestId('source-row').filter({ hasText: 'feed.invalid' }), 'the new feed')).first();
    const text = await row.innerText();
    expect(text).toContain('could not resolve the host name');
    expect(text).toMatch(/1 failed · next in \d+ (min|h)/);
    expect(await row.getAttribute('class')).toContain('failing');
  });

  it('a refused request is shown to the user in the server’s words, and what was typed stays', async () => {
    const sources = page.getByTestId('sources');
    await sources.getByTestId('source-add-url').fill('ftp://example.org/feed');
    await sources.getByTestId('source-add').click();
    const error = await visible(page.getByTestId('notice-error'), 'an error notice');
    expect(await error.first().innerText()).toContain('not an http(s) URL: "ftp://example.org/feed"');
    expect(await sources.getByTestId('source-add-url').inputValue()).toBe('ftp://example.org/feed');
    // A private address is refused the same way, and no row appears for it.
    await sources.getByTestId('source-add-url').fill('http://127.0.0.1:9/feed.xml');
    await sources.getByTestId('source-add').click();
    await visible(page.getByTestId('notice-error').filter({ hasText: '127.0.0.1 is a loopback address' }), 'the refusal');
    expect(await sources.getByTestId('source-row').filter({ hasText: '127.0.0.1:9' }).count()).toBe(0);
  });

  it('`language ar` makes every answer Arabic and right to left: the confirmation, a topic card and its buttons, in both renderings', async () => {
    const confirmed = await ask('language ar');
    expect(await confirmed.getByTestId('slack-render').innerText()).toMatch(ARABIC);
    const answer = await ask('khartoum');
    const slack = answer.getByTestId('slack-render');
    const teams = answer.getByTestId('teams-render');
    const heading = slack.locator('.sk-section .sk-line').first();
    expect(await heading.innerText()).toContain('عملية الخرطوم');
    expect(await direction(heading)).toBe('rtl');
    // The context line (dates · the English name) reads right to left too.
    const context = slack.locator('.sk-context .sk-line').first();
    expect(await context.innerText()).toMatch(ARABIC);
    expect(await direction(context)).toBe('rtl');
    await visible(slack.locator('[data-testid="slack-button"][data-action-id="mawjaz_share"]', { hasText: 'مشاركة في القناة' }), 'Slack’s Share button in Arabic');
    const card = await visible(teams.locator('.ac-adaptiveCard'), 'the topic card');
    expect(await card.first().getAttribute('dir')).toBe('rtl');
    await visible(teams.locator('.ac-pushButton', { hasText: 'مشاركة في القناة' }), 'the card’s Share button in Arabic');
    expect(await teams.innerText()).not.toMatch(/\b(?:stories|Follow|Share|Actors|Countries|undated)\b/);
    await answer.screenshot({ path: join(ARTIFACTS, 'topic-arabic.png') });
    // Back to English for whatever runs next.
    expect(await (await ask('لغة الإنجليزية')).getByTestId('slack-render').innerText()).toContain('in English');
  });

  it('ran without a script error or a Content-Security-Policy violation', () => {
    expect(session.problems).toEqual([]);
  });
});
