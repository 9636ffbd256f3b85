import { test } from '@playwright/test';
test('placeholder', async () => {});
