// Opens a generated report in headless Chromium, drives its filter and sort, saves screenshots
// and prints what it observed as one JSON object; the xunit test makes the assertions.
// Usage: node check-report.mjs <report.html> <screenshot folder> <filter text> <anchor neuron>
import { chromium } from "playwright-core";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [reportPath, screenshotDir, filterText, anchorNeuron] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const observed = { consoleErrors: [], pageErrors: [], failedRequests: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", message => { if (message.type() === "error") observed.consoleErrors.push(message.text()); });
  page.on("pageerror", error => observed.pageErrors.push(String(error)));
  page.on("requestfailed", request => observed.failedRequests.push(request.url()));
  page.on("request", request => { if (!request.url().startsWith("file:")) observed.failedRequests.push(`not local: ${request.url()}`); });

  const url = pathToFileURL(path.resolve(reportPath)).href;
  await page.goto(url, { waitUntil: "load" });
  await page.screenshot({ path: path.join(screenshotDir, "report-top.png") });

  const visibleNeurons = () => page.$$eval("article.card", cards =>
    cards.filter(card => !card.hidden).map(card => Number(card.dataset.neuron)));
  observed.cardCount = await page.locator("article.card").count();
  observed.initialOrder = await visibleNeurons();

  observed.sorted = {};
  for (const key of ["score", "iou", "length", "neuron"]) {
    await page.selectOption("#sort", key);
    observed.sorted[key] = await visibleNeurons();
  }

  await page.fill("#filter", filterText);
  observed.filtered = await visibleNeurons();
  observed.shownText = await page.textContent("#shown");
  await page.screenshot({ path: path.join(screenshotDir, "report-filtered.png") });
  await page.fill("#filter", "");
  observed.unfilteredCount = (await visibleNeurons()).length;

  // Lazy images load only near the viewport: make them eager, then check that every one decoded.
  observed.images = await page.$$eval("img", images => Promise.all(images.map(image => {
    image.loading = "eager";
    return image.decode().then(() => image.naturalWidth > 0, () => false);
  }))).then(results => ({ total: results.length, broken: results.filter(ok => !ok).length }));

  await page.goto(`${url}#neuron-${anchorNeuron}`, { waitUntil: "load" });
  observed.anchorTarget = await page.evaluate(() => document.querySelector(":target")?.id ?? null);
  await page.screenshot({ path: path.join(screenshotDir, "report-anchor.png") });
} finally {
  await browser.close();
}
console.log(JSON.stringify(observed));
