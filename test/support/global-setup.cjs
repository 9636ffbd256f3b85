// Jest global set-up: a folder for this run's database images (test/support/database-images.ts). Workers start after
// this and inherit the environment variable.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async () => {
  if (!process.env.TEST_DATABASE_IMAGES) process.env.TEST_DATABASE_IMAGES = mkdtempSync(join(tmpdir(), 'newcomer-matching-images-'));
};
