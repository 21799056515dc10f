// Customers CSV end to end: an Admin exports the filtered list (UTF-8 and Excel) through the panel's
// download route, checks a file, imports it with the validation report; Staff sees neither.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { PANEL_URL, launch, screenshot } from "./browser.mjs";
import { assertFitsPhone, gql, newBusiness } from "./fixtures.mjs";

let browser;
let biz;
let page;

async function download(link) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(link)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

const csvFile = (text, name = "clientes.csv") => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

describe("customers CSV", { concurrency: false }, () => {
  before(async () => {
    browser = await launch();
    biz = await newBusiness(browser, { label: "CSV", locations: ["Centro"], staffLocations: [0] });
    page = await biz.admin.context.newPage();
    await gql(biz.admin.context, "CreateCustomer", { input: { firstName: "Valentina", lastName: "Ortiz", email: `vale-${biz.run}@cliente.example`, tags: ["vip"] } });
    await gql(biz.admin.context, "CreateCustomer", { input: { firstName: "=Mateo", lastName: "Díaz", phone: "+57 311 555 0199" } });
  });

  after(async () => {
    await browser?.close();
  });

  it("exports the list as filtered, in UTF-8 and for Excel", async () => {
    await page.goto("/customers?tag=vip");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="customer-row"]').length === 1);
    assert.match(await page.getAttribute('[data-testid="export-csv"]', "href"), /format=csv&tag=vip/);

    const plain = await download('[data-testid="export-csv"]');
    assert.match(plain.name, /\.csv$/);
    const text = plain.bytes.toString("utf8");
    assert.ok(text.startsWith("id,first_name,last_name,email"), text.slice(0, 80));
    assert.match(text, /Valentina,Ortiz/);
    assert.doesNotMatch(text, /Mateo/, "only the filtered customers");

    await page.goto("/customers");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="customer-row"]').length === 2);
    const excel = await download('[data-testid="export-excel"]');
    assert.deepEqual([...excel.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte order mark for Excel");
    const excelText = excel.bytes.toString("utf8");
    assert.match(excelText.split("\n")[0], /^\uFEFFid;first_name;last_name/);
    assert.match(excelText, /'=Mateo/, "formula injection neutralised");
  });

  it("checks a file first, then imports it and reports each bad row", async () => {
    await page.click('[data-testid="import-customers"]');
    await page.waitForURL("**/customers/import");
    await page.click('[data-testid="import-submit"]');
    await page.locator("#import-file-error").waitFor();

    const file = [
      "Nombre,Apellido,Correo,Teléfono,Etiquetas",
      `Sofía,Mejía,sofia-${biz.run}@cliente.example,,almuerzo`,
      "Juan,Pérez,juan@@malo,,",
      "Pedro,Sin Contacto,,,",
      `Valentina,Ortiz,vale-${biz.run}@cliente.example,,nueva`,
    ].join("\n");
    await page.setInputFiles("#import-file", csvFile(file));
    await page.check("#import-dry-run");
    await page.click('[data-testid="import-submit"]');
    await page.getByTestId("import-report").waitFor();
    assert.equal(await page.getByTestId("import-status").innerText(), "Revisada (sin guardar)");

    await page.uncheck("#import-dry-run");
    await page.click('[data-testid="import-submit"]');
    await page.locator('[data-testid="import-status"]', { hasText: "Completada con errores" }).waitFor();
    assert.equal(await page.getByTestId("import-count-created").innerText(), "1");
    assert.equal(await page.getByTestId("import-count-updated").innerText(), "1");
    assert.equal(await page.getByTestId("import-count-errorRows").innerText(), "2");
    const rows = await page.locator('[data-testid="import-error-row"]').allInnerTexts();
    assert.match(rows[0], /^3\s+Correo\s+Correo no válido/);
    assert.match(rows[1], /^4\s.*Falta el correo o el teléfono/);
    await screenshot(page, "customers-import");
    // The report is the page's state, not a URL: measured as it stands, narrowed to a phone.
    await assertFitsPhone(page, {
      what: "the import report with its table of bad rows",
      shot: "customers-import-phone",
      open: async () => {
        await page.locator('[data-testid="import-error-row"]').first().waitFor();
      },
    });

    await page.goto("/customers?q=sof%C3%ADa");
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="customer-row"]').length === 1);
  });

  it("refuses a file that is not a CSV, saying what to do", async () => {
    await page.goto("/customers/import");
    await page.setInputFiles("#import-file", { name: "clientes.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]) });
    await page.click('[data-testid="import-submit"]');
    assert.match(await page.getByTestId("import-refused").innerText(), /no es un CSV/);
  });

  it("gives Staff no export or import", async () => {
    const staff = await biz.staff.context.newPage();
    await staff.goto("/customers");
    await staff.getByTestId("customers-table").waitFor();
    assert.equal(await staff.getByTestId("export-csv").count(), 0);
    assert.equal(await staff.getByTestId("import-customers").count(), 0);
    await staff.goto("/customers/import");
    await staff.getByTestId("forbidden").waitFor();
    const refused = await biz.staff.context.request.get(`${PANEL_URL}/api/exports/customers?format=csv`);
    assert.equal(refused.status(), 403);
    await staff.close();
  });
});
