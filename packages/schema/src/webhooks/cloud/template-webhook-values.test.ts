import { describe, expect, it } from 'vitest';
import {
  messageTemplateQualityUpdateValueSchema,
  messageTemplateStatusUpdateValueSchema,
  templateCategoryUpdateValueSchema,
  templateChangeValueSchemas,
} from './template-webhook-values.ts';

const template = {
  message_template_id: 1204583710923856,
  message_template_name: 'order_update',
  message_template_language: 'en_US',
};

describe('template change values (tolerant)', () => {
  it('R-WH-3 reads a status update and keeps keys it does not know', () => {
    const value = {
      ...template,
      event: 'REJECTED',
      reason: 'INVALID_FORMAT',
      rejection_info: { reason: 'x' },
    };
    expect(messageTemplateStatusUpdateValueSchema.parse(value)).toEqual(value);
  });

  it.each([
    ['status', messageTemplateStatusUpdateValueSchema, { ...template }, 'event'],
    [
      'quality',
      messageTemplateQualityUpdateValueSchema,
      { ...template, previous_quality_score: 'GREEN' },
      'new_quality_score',
    ],
    [
      'category',
      templateCategoryUpdateValueSchema,
      { ...template, previous_category: 'UTILITY' },
      'new_category',
    ],
  ])('R-WH-3 a %s update without %s does not match', (_label, schema, value, missing) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(missing);
  });

  it('accepts a template ID given as a string, and a category change announced for later', () => {
    expect(
      templateCategoryUpdateValueSchema.parse({
        ...template,
        message_template_id: '77',
        correct_category: 'MARKETING',
        new_category: 'UTILITY',
        category_update_timestamp: 1766923700,
      }).message_template_id,
    ).toBe('77');
    expect(Object.keys(templateChangeValueSchemas)).toEqual([
      'message_template_status_update',
      'message_template_quality_update',
      'template_category_update',
    ]);
  });
});
