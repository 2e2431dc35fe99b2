// Publishing hook: the `@parley/source` export condition points workspace tools (vitest,
// tsc, tsx) at `src/`, which is not in the tarball; packed manifests drop it so every
// published `exports` target exists. See docs/install.md.
function withoutSourceCondition(value) {
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key !== '@parley/source') out[key] = withoutSourceCondition(inner);
  }
  return out;
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.exports !== undefined) pkg.exports = withoutSourceCondition(pkg.exports);
      return pkg;
    },
  },
};
