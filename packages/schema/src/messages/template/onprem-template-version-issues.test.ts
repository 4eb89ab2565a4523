import { describe, expect, it } from 'vitest';
import { onPremTemplateVersionIssues } from './onprem-template-version-issues.ts';
import { copyCodeButton, quickReplyButton } from './template-parameters.ts';

const base = { name: 'promo', language: { code: 'en' } };

describe('onPremTemplateVersionIssues (D-15)', () => {
  it.each([
    ['2.40.9', 1],
    ['v2.39', 1],
    ['2.41', 0],
    ['2.41.2', 0],
    ['2.53.1', 0],
  ])('R-TPL-4 a template without namespace on client %s has %i issue(s)', (version, count) => {
    const issues = onPremTemplateVersionIssues(base, version);
    expect(issues).toHaveLength(count);
    if (count > 0) expect(issues[0]).toMatchObject({ rule: 'R-TPL-4', path: ['namespace'] });
  });

  it('R-TPL-4 takes the version as numbers too', () => {
    expect(onPremTemplateVersionIssues(base, [2, 40, 9])).toEqual([
      expect.objectContaining({ rule: 'R-TPL-4', message: expect.stringContaining('the client is v2.40.9') }),
    ]);
    expect(onPremTemplateVersionIssues(base, [2, 41])).toEqual([]);
  });

  it('R-TPL-4 a namespace satisfies old clients', () => {
    expect(onPremTemplateVersionIssues({ ...base, namespace: 'ns' }, '2.27.8')).toEqual([]);
  });

  it.each([
    ['2.48.9', [{ rule: 'R-TPL-BTN-3', path: ['components', 1, 'sub_type'] }]],
    ['2.49', []],
    ['2.49.0', []],
    ['3.0', []],
  ])('R-TPL-BTN-3 a copy_code button on client %s', (version, expected) => {
    const template = {
      ...base,
      namespace: 'ns',
      components: [quickReplyButton(0, 'a'), copyCodeButton(1, 'SAVE')],
    };
    expect(onPremTemplateVersionIssues(template, version)).toEqual(
      expected.map((issue) => expect.objectContaining(issue)),
    );
  });
});
