/**
 * Types of block-kit.js for TypeScript callers (the renderer's unit tests); the page itself is plain
 * JavaScript checked through its JSDoc (tsconfig.json here).
 */
export type { Block, BlockElement, OptionObject, SlackClick, SlackMessage, TextObject, OnSlackAction } from './block-kit-types.js';
import type { OnSlackAction, SlackMessage } from './block-kit-types.js';

export function renderMrkdwn(doc: Document, text: string): DocumentFragment;
export function renderSlackMessage(doc: Document, message: SlackMessage, onAction: OnSlackAction): HTMLElement;
export function renderSlackMessages(doc: Document, messages: readonly SlackMessage[], onAction: OnSlackAction): HTMLElement;
