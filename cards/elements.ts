import type { CardAction } from './actions';

/**
 * The part of Adaptive Card 1.5 the bot uses, as types: a wrong element or field is a compile
 * error. Type aliases (not interfaces) so a card still passes where plain JSON is expected.
 */
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type TextColor = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

type Layout = { spacing?: Spacing; separator?: boolean };

export type TextBlock = Layout & {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: 'Lighter' | 'Default' | 'Bolder';
  size?: 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
  color?: TextColor;
  isSubtle?: boolean;
  fontType?: 'Default' | 'Monospace';
};

export type Fact = { title: string; value: string };
export type FactSet = Layout & { type: 'FactSet'; facts: Fact[] };
export type Container = Layout & { type: 'Container'; items: CardElement[]; style?: ContainerStyle };
export type Column = { type: 'Column'; width: 'auto' | 'stretch' | string; items: CardElement[] };
export type ColumnSet = Layout & { type: 'ColumnSet'; columns: Column[] };
export type ActionSet = Layout & { type: 'ActionSet'; actions: CardActionElement[] };

type InputBase = Layout & { id: string; label?: string; isRequired?: boolean; errorMessage?: string };
export type InputText = InputBase & { type: 'Input.Text'; value?: string; placeholder?: string; isMultiline?: boolean; maxLength?: number; style?: 'Text' | 'Email' | 'Tel' | 'Url' };
export type InputDate = InputBase & { type: 'Input.Date'; value?: string };
export type Choice = { title: string; value: string };
/** Teams' dynamic choices (people picker, typeahead served by the bot); Adaptive Cards 1.6, honoured by Teams on 1.5 cards. */
export type DataQuery = { type: 'Data.Query'; dataset: string; count?: number; skip?: number };
export type InputChoiceSet = InputBase & { type: 'Input.ChoiceSet'; choices: Choice[]; value?: string; placeholder?: string; style?: 'compact' | 'expanded' | 'filtered'; isMultiSelect?: boolean; 'choices.data'?: DataQuery };

export type CardElement = TextBlock | FactSet | Container | ColumnSet | ActionSet | InputText | InputDate | InputChoiceSet;

/** Teams-only parts of a submit's data: show what was chosen (messageBack) or open a dialog (task/fetch). */
export type TeamsSubmitData = { msteams?: { type: 'messageBack'; displayText: string; text: string } | { type: 'task/fetch' } };
type ActionBase = { title: string; style?: 'default' | 'positive' | 'destructive' };
/** Forms carry their inputs beside the action (an index signature of strings), so no `msteams` part. */
export type ButtonAction = Exclude<CardAction, { action: 'saveOutcome' | 'saveSignal' }>;
export type SubmitAction = ActionBase & { type: 'Action.Submit'; data: CardAction | (ButtonAction & TeamsSubmitData); associatedInputs?: 'auto' | 'none' };
export type OpenUrlAction = ActionBase & { type: 'Action.OpenUrl'; url: string };
export type ExecuteAction = ActionBase & { type: 'Action.Execute'; verb: string; data: CardAction; fallback?: SubmitAction };
/** A button that unfolds a small card (inputs and their confirm button) below it. */
export type ShowCardAction = ActionBase & { type: 'Action.ShowCard'; card: { type: 'AdaptiveCard'; body: CardElement[]; actions?: CardActionElement[] } };
export type CardActionElement = SubmitAction | OpenUrlAction | ExecuteAction | ShowCardAction;

export type Mention = { type: 'mention'; text: string; mentioned: { id: string; name: string } };

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema?: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardActionElement[];
  /** Universal Actions: who refreshes the card automatically, and with what. */
  refresh?: { action: ExecuteAction; userIds: string[] };
  msteams?: { entities: Mention[] };
};

type TextOptions = Omit<TextBlock, 'type' | 'text'>;

/** A wrapping TextBlock, the most common element. */
export function textBlock(text: string, opts: TextOptions = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...opts };
}

/** The bold heading most cards start with. */
export function heading(text: string, opts: TextOptions = {}): TextBlock {
  return textBlock(text, { weight: 'Bolder', size: 'Medium', ...opts });
}

/** One line of a list: no space above it. */
export function listLine(text: string, opts: TextOptions = {}): TextBlock {
  return textBlock(text, { spacing: 'None', ...opts });
}

export function container(items: CardElement[], opts: Omit<Container, 'type' | 'items'> = {}): Container {
  return { type: 'Container', ...opts, items };
}

export function factSet(facts: Fact[]): FactSet {
  return { type: 'FactSet', facts };
}

export function openUrl(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}
