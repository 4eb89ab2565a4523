const m = await import('/work/main/packages/schema/dist/entries/messages.js');
const seen = new Set(); const bad = [];
function walk(s, path) {
  if (!s || typeof s !== 'object' || !s._zod || seen.has(s)) return; seen.add(s);
  const d = s._zod.def;
  if (d.type === 'object' && !s._zod.traits.has('$ZodObjectJIT')) bad.push(path + ' keys=' + Object.keys(d.shape).join(','));
  for (const [k, v] of Object.entries(d)) {
    if (k === 'shape') for (const [kk, vv] of Object.entries(v)) walk(vv, path + '.' + kk);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, path + `[${i}]`));
    else if (v && typeof v === 'object' && v._zod) walk(v, path + '/' + k);
  }
}
walk(m.outgoingMessageSchema, '$');
console.log(bad.length, seen.size); console.log(bad.slice(0, 30).join('\n'));
const img = m.outgoingMessageSchema._zod.def.options[1]._zod.def.shape.image._zod.def.out;
console.log([...img._zod.traits], img._zod.constr.name, img._zod.def.checks?.length);
