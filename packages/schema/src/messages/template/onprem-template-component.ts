import { allowVariants } from '../interactive/allow-variants.ts';
import { buildComponent } from './template-component.ts';

/** A component of a template message on the On-Premises API: `header`, `body`, `footer` or `button`. */
export const onPremTemplateComponentSchema = allowVariants(
  buildComponent('onprem').all,
  ['header', 'body', 'footer', 'button', 'HEADER', 'BODY', 'FOOTER', 'BUTTON'],
  'R-TPL-7',
  'the On-Premises API (carousel, limited_time_offer and tap_target_configuration are Cloud only)',
);
