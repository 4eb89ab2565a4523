import { describe, expect, it } from 'vitest';
import { MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH } from '../messages/cloud-send-request.ts';
import { MAX_FLOW_CTA_LENGTH } from '../messages/interactive/flow-interactive.ts';
import { MAX_INTERACTIVE_BODY_LENGTH } from '../messages/interactive/interactive-body.ts';
import { MAX_INTERACTIVE_FOOTER_LENGTH } from '../messages/interactive/interactive-footer.ts';
import { MAX_INTERACTIVE_HEADER_TEXT_LENGTH } from '../messages/interactive/interactive-header.ts';
import { MAX_LIST_BUTTON_LENGTH, MAX_LIST_ROWS } from '../messages/interactive/list-interactive.ts';
import {
  MAX_LIST_ROW_DESCRIPTION_LENGTH,
  MAX_LIST_ROW_ID_LENGTH,
  MAX_LIST_ROW_TITLE_LENGTH,
} from '../messages/interactive/list-row.ts';
import { MAX_SECTION_TITLE_LENGTH } from '../messages/interactive/list-section.ts';
import { MAX_PRODUCT_RETAILER_ID_LENGTH } from '../messages/interactive/product-interactive.ts';
import { MAX_PRODUCT_LIST_ITEMS } from '../messages/interactive/product-list-interactive.ts';
import {
  MAX_REPLY_BUTTON_ID_LENGTH,
  MAX_REPLY_BUTTON_TITLE_LENGTH,
} from '../messages/interactive/reply-button.ts';
import { MAX_REPLY_BUTTONS } from '../messages/interactive/reply-buttons-interactive.ts';
import { MAX_SECTIONS } from '../messages/interactive/section-checks.ts';
import { MAX_CAPTION_LENGTH } from '../messages/media/media-object.ts';
import { MAX_TEMPLATE_BUTTONS } from '../messages/template/template-button-component.ts';
import { MAX_TEXT_BODY_LENGTH } from '../messages/text/text-object.ts';
import { type RuleDefinition, type RuleId, rules } from './index.ts';

// The exported limits are plain numbers so that a bundle importing one schema does not pull in the
// whole rules table; this table keeps each of them equal to the limit of every rule it enforces.
const cases: [RuleId, string, number][] = [
  ['R-TEXT-2', 'MAX_TEXT_BODY_LENGTH', MAX_TEXT_BODY_LENGTH],
  ['R-REQ-17', 'MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH', MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH],
  ['R-MEDIA-10', 'MAX_CAPTION_LENGTH', MAX_CAPTION_LENGTH],
  ['R-INT-7', 'MAX_INTERACTIVE_BODY_LENGTH', MAX_INTERACTIVE_BODY_LENGTH],
  ['R-INT-8', 'MAX_INTERACTIVE_FOOTER_LENGTH', MAX_INTERACTIVE_FOOTER_LENGTH],
  ['R-INT-HDR-4', 'MAX_INTERACTIVE_HEADER_TEXT_LENGTH', MAX_INTERACTIVE_HEADER_TEXT_LENGTH],
  ['R-INT-LIST-1', 'MAX_LIST_BUTTON_LENGTH', MAX_LIST_BUTTON_LENGTH],
  ['R-INT-LIST-2', 'MAX_SECTIONS', MAX_SECTIONS],
  ['R-INT-PL-4', 'MAX_SECTIONS', MAX_SECTIONS],
  ['R-INT-LIST-3', 'MAX_SECTION_TITLE_LENGTH', MAX_SECTION_TITLE_LENGTH],
  ['R-INT-PL-5', 'MAX_SECTION_TITLE_LENGTH', MAX_SECTION_TITLE_LENGTH],
  ['R-INT-LIST-5', 'MAX_LIST_ROWS', MAX_LIST_ROWS],
  ['R-INT-LIST-6', 'MAX_LIST_ROW_TITLE_LENGTH', MAX_LIST_ROW_TITLE_LENGTH],
  ['R-INT-LIST-7', 'MAX_LIST_ROW_ID_LENGTH', MAX_LIST_ROW_ID_LENGTH],
  ['R-INT-LIST-8', 'MAX_LIST_ROW_DESCRIPTION_LENGTH', MAX_LIST_ROW_DESCRIPTION_LENGTH],
  ['R-INT-BTN-2', 'MAX_REPLY_BUTTONS', MAX_REPLY_BUTTONS],
  ['R-INT-BTN-4', 'MAX_REPLY_BUTTON_TITLE_LENGTH', MAX_REPLY_BUTTON_TITLE_LENGTH],
  ['R-INT-BTN-5', 'MAX_REPLY_BUTTON_ID_LENGTH', MAX_REPLY_BUTTON_ID_LENGTH],
  ['R-INT-PROD-2', 'MAX_PRODUCT_RETAILER_ID_LENGTH', MAX_PRODUCT_RETAILER_ID_LENGTH],
  ['R-INT-PL-8', 'MAX_PRODUCT_RETAILER_ID_LENGTH', MAX_PRODUCT_RETAILER_ID_LENGTH],
  ['R-INT-PL-7', 'MAX_PRODUCT_LIST_ITEMS', MAX_PRODUCT_LIST_ITEMS],
  ['R-INT-FLOW-5', 'MAX_FLOW_CTA_LENGTH', MAX_FLOW_CTA_LENGTH],
  ['R-TPL-BTN-4', 'MAX_TEMPLATE_BUTTONS', MAX_TEMPLATE_BUTTONS],
];

describe('exported limits', () => {
  it.each(cases)('%s: %s equals the limit of the rule', (rule, _name, value) => {
    const definition: RuleDefinition = rules[rule];
    expect(definition.limit).toBe(value);
  });
});
