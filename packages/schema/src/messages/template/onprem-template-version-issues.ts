import type { RuleViolation } from '../../validation/rule-check.ts';

/** The On-Premises client version from which `template.namespace` may be left out (R-TPL-4). */
export const ONPREM_TEMPLATE_NAMESPACE_OPTIONAL_FROM = '2.41';
/** The On-Premises client version from which `copy_code` buttons work (R-TPL-BTN-3). */
export const ONPREM_COPY_CODE_BUTTON_FROM = '2.49';

/** A client version as text (`"2.41.2"`, `"v2.49"`) or as its numbers (`[2, 41, 2]`). */
export type OnPremClientVersionInput = string | readonly number[];

function versionParts(version: OnPremClientVersionInput): readonly number[] {
  if (typeof version !== 'string') return version;
  return version
    .trim()
    .replace(/^v/i, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
}

function formatVersion(version: OnPremClientVersionInput): string {
  return versionParts(version).join('.');
}

/** Compares two client versions: negative, zero or positive. */
function compareVersions(left: OnPremClientVersionInput, right: OnPremClientVersionInput): number {
  const a = versionParts(left);
  const b = versionParts(right);
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The fields of a template the version rules read; any template object fits. */
export interface VersionedTemplate {
  /** Any other template field; not read. */
  readonly [field: string]: unknown;
  /** The template namespace. */
  readonly namespace?: string | undefined;
  /** The components; only `type` and `sub_type` are read. */
  readonly components?: readonly { readonly type: string; readonly sub_type?: string }[] | undefined;
}

/**
 * The version rules of the On-Premises API a template breaks for a client version (D-15): `namespace`
 * is required before v2.41 (R-TPL-4) and `copy_code` buttons need 2.49 (R-TPL-BTN-3). Paths are relative
 * to the template object, e.g. `['components', 2, 'sub_type']`; an empty array means the template fits.
 *
 * @example
 * ```ts
 * onPremTemplateVersionIssues({ name: 'promo', language: { code: 'en' } }, '2.39.1');
 * // → [{ rule: 'R-TPL-4', path: ['namespace'], message: 'is required before On-Premises v2.41 …' }]
 * ```
 */
export function onPremTemplateVersionIssues(
  template: VersionedTemplate,
  clientVersion: OnPremClientVersionInput,
): RuleViolation[] {
  const issues: RuleViolation[] = [];
  if (
    template.namespace === undefined &&
    compareVersions(clientVersion, ONPREM_TEMPLATE_NAMESPACE_OPTIONAL_FROM) < 0
  ) {
    issues.push({
      rule: 'R-TPL-4',
      path: ['namespace'],
      message: `is required before On-Premises v${ONPREM_TEMPLATE_NAMESPACE_OPTIONAL_FROM} (the client is v${formatVersion(clientVersion)})`,
    });
  }
  if (compareVersions(clientVersion, ONPREM_COPY_CODE_BUTTON_FROM) < 0) {
    template.components?.forEach((component, index) => {
      if (
        (component.type === 'button' || component.type === 'BUTTON') &&
        (component.sub_type === 'copy_code' || component.sub_type === 'COPY_CODE')
      ) {
        issues.push({
          rule: 'R-TPL-BTN-3',
          path: ['components', index, 'sub_type'],
          message: `is "copy_code", which needs On-Premises ${ONPREM_COPY_CODE_BUTTON_FROM} or newer (the client is v${formatVersion(clientVersion)})`,
        });
      }
    });
  }
  return issues;
}
