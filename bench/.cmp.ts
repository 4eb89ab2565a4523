import { messageFamilies } from './src/sections/validation.ts';
const mini = await import('/work/main/packages/schema/dist/entries/messages.js');
const classic = await import('/work/wt/base/packages/schema/dist/entries/messages.js');
function time(schema: { safeParse(v: unknown): unknown }, value: unknown, n: number) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) schema.safeParse(value);
  return Number(process.hrtime.bigint() - t) / n;
}
for (const [name, value] of Object.entries(messageFamilies)) {
  for (let i = 0; i < 3; i++) { time(mini.outgoingMessageSchema, value, 3000); time(classic.outgoingMessageSchema, value, 3000); }
  const r: number[][] = [[], []];
  for (let i = 0; i < 7; i++) { r[0].push(time(classic.outgoingMessageSchema, value, 5000)); r[1].push(time(mini.outgoingMessageSchema, value, 5000)); }
  const med = (a: number[]) => a.sort((x, y) => x - y)[3];
  console.log(name.padEnd(22), 'classic', Math.round(med(r[0])), 'ns  mini', Math.round(med(r[1])), 'ns');
}
