import { messageFamilies } from './src/sections/validation.ts';
const m = await import(process.argv[2]!);
const v = messageFamilies[process.argv[3]!];
for (let i = 0; i < 300000; i++) m.outgoingMessageSchema.safeParse(v);
