// Placeholder until the sandbox lands: say so plainly instead of pretending to run.
console.log(
  '[@wa-demo/sandbox] The local WhatsApp sandbox is not built yet; `./pnpmw demo` will start it here.',
);
