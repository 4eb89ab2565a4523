import { messageFamilies } from './src/sections/validation.ts';
const m = await import(process.argv[2]!);
function time(schema: { safeParse(v: unknown): unknown }, value: unknown, n: number) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) schema.safeParse(value);
  return Number(process.hrtime.bigint() - t) / n;
}
const out: string[] = [];
for (const [name, value] of Object.entries(messageFamilies)) {
  for (let i = 0; i < 5; i++) time(m.outgoingMessageSchema, value, 3000);
  const r: number[] = [];
  for (let i = 0; i < 9; i++) r.push(time(m.outgoingMessageSchema, value, 5000));
  out.push(`${name} ${Math.round(r.sort((x, y) => x - y)[4]!)}`);
}
console.log(out.join(' | '));
