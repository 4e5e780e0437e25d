// Preloaded (node --require) into a CLI process that must not serve: any listen fails it loudly.
const net = require('node:net');
net.Server.prototype.listen = function refuseListen() {
  process.stderr.write('refuseListen: this command tried to open a port\n');
  process.exit(97);
};
