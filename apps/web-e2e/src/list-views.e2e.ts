import { expect, Page, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from '../playwright.config';

const VIEW = 'E2E 仅管理员';

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill(E2E_ADMIN_PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('home-page')).toBeVisible();
}

test('a saved view follows the user to another browser; a form with unsaved edits asks before closing, full screen on a phone', async ({
  browser,
}) => {
  // Save a view in one browser…
  const first = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await first.newPage();
  await signIn(page);
  await page.goto('/system/users');
  await page.getByTestId('users-search-q').fill('admin');
  await page.getByTestId('users-search').click();
  await expect(page.getByTestId('users-row-admin')).toBeVisible();
  await page.getByTestId('users-save-view').click();
  await page.locator('.el-message-box__input input').fill(VIEW);
  await page.locator('.el-message-box__btns .el-button--primary').click();
  await expect(page.getByTestId('users-views')).toContainText(VIEW);
  await first.close();

  // …and find it in another one (nothing kept in this browser), at phone width.
  const second = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await second.newPage();
  await signIn(phone);
  await phone.goto('/system/users');
  const views = phone.getByTestId('users-views');
  await expect(views).toContainText(VIEW);
  await views.getByText(VIEW).click();
  await expect(phone.getByTestId('users-search-q')).toHaveValue('admin');
  await expect(phone.getByTestId('users-card-admin')).toBeVisible();

  // The create form takes the whole screen, and discarding typed edits asks first.
  await phone.getByTestId('users-create').click();
  const drawer = phone.locator('.el-drawer', { has: phone.getByTestId('users-form-username') });
  await expect(drawer).toBeVisible();
  // Full screen: the viewport's width, give or take the sub-pixel rounding of the layout.
  expect((await drawer.boundingBox())?.width).toBeCloseTo(390, 0);
  await phone.getByTestId('users-form-username').fill('e2e.draft');
  await drawer.locator('.el-drawer__footer .el-button').first().click();
  await expect(phone.locator('.confirm-dialog')).toBeVisible();
  await phone.locator('.confirm-dialog .el-button--primary').click();
  await expect(drawer).toBeHidden();

  // The view is deleted where it was found.
  await views.locator('.view-remove').click();
  await expect(views).not.toContainText(VIEW);
  await second.close();
});
