import { expect, test } from '@playwright/test';
import { AppPage } from './app-page';
import { chromiumLaunch } from './browser';

test.use({ launchOptions: chromiumLaunch({ deny: true }) });

test('a denied camera shows why and offers a file instead', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('?stretch=standing-toe-touch');
  await app.expectError('camera-denied');
  await expect(page.getByTestId('error')).toContainText('Camera access was not allowed');
  await expect(page.getByTestId('error').getByRole('button', { name: 'Open a photo or video' })).toBeVisible();
});
