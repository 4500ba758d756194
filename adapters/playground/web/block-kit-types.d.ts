/** The Block Kit shapes the playground renders (what adapters/slack/blocks/* emit), shared by block-kit.js and its callers. */
export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
  verbatim?: boolean;
}
export interface OptionObject {
  text: TextObject;
  value?: string;
  url?: string;
}
export interface BlockElement {
  type: string;
  action_id?: string;
  text?: TextObject;
  value?: string;
  url?: string;
  style?: string;
  options?: OptionObject[];
  alt_text?: string;
}
export interface Block {
  type: string;
  block_id?: string;
  text?: TextObject;
  fields?: TextObject[];
  accessory?: BlockElement;
  elements?: (BlockElement | TextObject)[];
}
/** A message as the API sends it: its blocks are read as `Block`s, defensively (a field we do not expect is ignored). */
export interface SlackMessage {
  text: string;
  blocks?: readonly object[];
}
export interface SlackClick {
  actionId: string;
  value: string;
}
export type OnSlackAction = (click: SlackClick) => void;

