import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { withCheckDigits } from "../../lib/br-documents";
import { expect, newContext, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";

// Issue 18: a rep registers a new customer from the field on a phone — masks, the CEP filling the
// address, a wrong state registration refused at the field, the ERP down in the middle (nothing
// lost), the queue followed to "Cliente …/01 incluído" — then finds it and starts an order for it.
// bruno reaches none of it. Each run registers a CNPJ of its own (the portal's store outlives the
// sandbox's reset), so a rerun never collides with an earlier one.

const phone = { width: 390, height: 844 };
const runCnpj = () => withCheckDigits(`96${String(Date.now() % 1_000_000).padStart(6, "0")}0001`);

async function look(page: Page, name: string) {
  await page.screenshot({ path: `test-results/look/registration-${name}.png`, fullPage: true });
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("18 ana registers a company on a phone: CEP fills the address, a wrong IE is refused, the queue ends in 'incluído', then an order", async ({
  page,
  request,
}) => {
  const erp = sandbox(request);
  await page.setViewportSize(phone);
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/customers");
  await page.getByRole("link", { name: "Novo cliente" }).click();
  await expect(page.getByRole("heading", { name: "Novo cliente" })).toBeVisible();

  const cnpj = runCnpj();
  await page.getByLabel("CNPJ", { exact: true }).fill(cnpj);
  // The mask as typed: 14 digits become 00.000.000/0000-00.
  await expect(page.getByLabel("CNPJ", { exact: true })).toHaveValue(/^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/);
  await page.getByLabel("Razão social").fill("Empório Campo Verde Ltda");
  await page.getByLabel("Tipo de cliente").selectOption("R");
  // The CEP fills street, district, city (IBGE) and UF.
  await page.getByLabel("CEP").fill("01310100");
  await expect(page.getByLabel("CEP")).toHaveValue("01310-100");
  await expect(page.getByText("Endereço preenchido pelo CEP. Confira e complete.")).toBeVisible();
  await expect(page.getByLabel("Logradouro")).not.toHaveValue("");
  await expect(page.getByLabel("UF")).toHaveValue("SP");
  await expect(page.getByLabel("Município")).toHaveValue("São Paulo");
  // A wrong state registration is refused at the field, in words, before anything is sent.
  await page.getByLabel("Inscrição estadual", { exact: true }).fill("110042490115");
  await page.getByLabel("Número").click();
  await expect(page.getByText("Inscrição estadual inválida para SP.")).toBeVisible();
  await look(page, "phone-ie-refused");
  await page.getByLabel("Inscrição estadual", { exact: true }).fill("110042490114");
  await page.getByLabel("Número").fill("1500");
  await page.getByLabel("DDD").fill("11");
  await page.getByLabel("Telefone").fill("30041500");
  await expect(page.getByLabel("Telefone")).toHaveValue("3004-1500");
  await page.getByLabel("E-mail").fill("compras@campoverde.com.br");
  await noHorizontalScroll(page);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // The ERP is down for the first send: the form says so and keeps everything; a reload resumes the draft.
  await expect(page.getByTestId("draft-status")).toContainText("Rascunho salvo");
  await erp.faults([{ pathPrefix: "/rest/api/tgv/customers", kind: "status", status: 503 }]);
  await page.getByTestId("registration-submit").click();
  await expect(page.locator("#reg-problem")).toContainText("não foi enviado");
  await page.reload();
  await expect(page.getByText("Rascunho retomado")).toBeVisible();
  await expect(page.getByLabel("Razão social")).toHaveValue("Empório Campo Verde Ltda");
  await erp.faults([]);

  await erp.jobs("hold");
  await page.getByTestId("registration-submit").click();
  await expect(page.getByTestId("queue-progress")).toBeVisible();
  await expect(page.getByTestId("queue-status")).toContainText("Na fila do ERP");
  await look(page, "phone-queued");
  await erp.jobs("run");
  await expect(page.getByTestId("queue-status")).toContainText(/Cliente \d{6}\/01 incluído/, { timeout: 20_000 });
  const code = /Cliente (\d{6})\/01/.exec((await page.getByTestId("queue-status").textContent()) ?? "")![1]!;
  await look(page, "phone-done");
  await erp.jobs("release");

  // It is in My customers, and its page starts an order for it.
  await page.goto(`/customers?q=${encodeURIComponent("Campo Verde")}`);
  await expect(page.getByText("Empório Campo Verde Ltda").filter({ visible: true }).first()).toBeVisible();
  await page.goto(`/customers/${code}/01`);
  await expect(page.getByRole("heading", { name: "Empório Campo Verde Ltda" })).toBeVisible();
  await look(page, "phone-customer-page");
  await page.getByRole("link", { name: "Novo pedido" }).first().click();
  await expect(page.getByRole("heading", { name: "Novo pedido" })).toBeVisible();
  await expect(page.getByText(`${code}/01`).first()).toBeVisible();

  // bruno reaches neither the customer nor its edit form.
  const other = await newContext(page.context().browser()!);
  const bruno = await other.newPage();
  await loginAs(bruno, "demo", "bruno", "bruno123");
  for (const path of [`/customers/${code}/01`, `/customers/${code}/01/edit`]) {
    await bruno.goto(path);
    await expect(bruno.getByText("Empório Campo Verde Ltda")).toHaveCount(0);
    await expect(bruno.getByRole("heading", { level: 1 })).not.toContainText("Alterar cliente");
  }
  await other.close();
});

test("18 on the desktop: a person's CPF is checked, and the address is typed when the CEP lookup is down", async ({
  page,
  request,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/customers");
  await page.getByRole("link", { name: "Novo cliente" }).click();
  await page.getByLabel("Pessoa física (CPF)").check();
  await page.getByLabel("CPF", { exact: true }).fill("123.456.789-00");
  await page.getByLabel("Nome completo").click();
  await expect(page.getByText("CPF inválido: confira os dígitos.")).toBeVisible();
  // A person is never a reseller: the choice is not offered.
  await expect(page.getByLabel("Tipo de cliente").locator("option[value=R]")).toHaveCount(0);

  // The CEP lookup is down: the form says so, and the UF's IBGE cities are offered as the rep types.
  await sandbox(request).faults([{ service: "cep", kind: "status", status: 503 }]);
  await page.getByLabel("CEP").fill("13015-001");
  await expect(page.getByText("Busca de CEP indisponível agora: preencha o endereço.")).toBeVisible();
  await page.getByLabel("UF").selectOption("SP");
  await page.getByLabel("Município").fill("Campinas");
  await expect(page.getByText("Código IBGE do município: 3509502.")).toBeVisible();
  await look(page, "desktop-cep-down");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await sandbox(request).faults([]);
});
