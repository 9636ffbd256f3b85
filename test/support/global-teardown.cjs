// Jest global tear-down: removes this run's database images (made by global-setup.cjs).
const { rmSync } = require('node:fs');

module.exports = async () => {
  const dir = process.env.TEST_DATABASE_IMAGES;
  if (dir && dir.includes('newcomer-matching-images-')) rmSync(dir, { recursive: true, force: true });
};
