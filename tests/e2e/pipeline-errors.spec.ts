import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';

test('a missing model file shows its message, not a camera error', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none&models=/models/not-installed/');
  await app.expectError('model-missing');
  await expect(page.getByTestId('error')).toContainText('npm run models');
});

test('a damaged model file shows its message', async ({ page }) => {
  await page.route('**/models/movenet-lightning.bin', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.alloc(1000) }));
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch&source=none');
  await app.expectError('model-corrupt');
});
