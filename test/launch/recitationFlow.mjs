// An oral recitation as a person runs it: F1 → "ML Reps: Start Oral Recitation" → "Pick for me" → the panel with
// the prompt, checklist, follow-ups and clock → tick points → finish. Screenshots for people to check.
import { join } from 'node:path';
import { findWebviewFrame } from './uiFlows.mjs';
import { runCommand } from './loopFlow.mjs';

export async function recitationFlow({ page, resultsDir, step }) {
  await step('an oral recitation runs in its panel: prompt, checklist, follow-ups, clock, then a saved rating', async () => {
    await runCommand(page, 'ML Reps: Start Oral Recitation');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Pick for me' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    const frame = await findWebviewFrame(page, 'A good answer covers', 30_000);
    await frame.waitForFunction(() => /^\d\d:\d\d$/.test(document.getElementById('clock')?.textContent ?? ''), null, { timeout: 5000 });
    await page.screenshot({ path: join(resultsDir, 'recitation.png') });
    const boxes = frame.locator('.points input[type=checkbox]');
    const n = await boxes.count();
    if (n < 3) throw new Error(`only ${n} key points`);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await frame.locator('#peer').selectOption('4');
    await frame.getByRole('button', { name: 'Finish and save' }).click();
    await frame.waitForFunction(() => document.getElementById('summary')?.textContent?.startsWith('Saved: 2 of'), null, { timeout: 10_000 });
    await page.screenshot({ path: join(resultsDir, 'recitation-done.png') });
    return (await frame.locator('#summary').innerText()).slice(0, 80);
  });
}
