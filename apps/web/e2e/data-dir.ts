import { join } from 'node:path';

/** The data folder of the service under test (scripts/test-browser.sh makes a fresh one; relative: to the project). */
export const WEB_TEST_DATA_DIR = process.env.WEB_TEST_DATA_DIR ?? '.data/web-tests';

/** Where the service under test writes its e-mails, one `.eml` file each (`MAIL_DIR`), for the tests to read. */
export const WEB_TEST_MAIL_DIR = join(WEB_TEST_DATA_DIR, 'mail');
