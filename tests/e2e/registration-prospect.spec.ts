import AxeBuilder from "@axe-core/playwright";
import { withCheckDigits } from "../../lib/br-documents";
import { expect, newContext, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";
import { fillLine } from "./order-entry-helpers";

// Issue 18: a rep meets a new buyer — registers them as a prospect, quotes them, converts them into
// a customer (the ERP's critique of the full data first), and places an order for the new customer.
// bruno reaches neither the prospect nor its writes. Each run registers a CNPJ of its own (the
// portal's store outlives the sandbox's reset).

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("18 ana registers a prospect, quotes it, converts it into a customer and places an order", async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const erp = sandbox(request);
  page.on("dialog", (dialog) => void dialog.accept());
  await loginAs(page, "demo", "ana", "ana123");

  // 1. The prospect, with what a customer will need (the conversion runs the customer critique).
  await page.goto("/prospects");
  await page.getByRole("link", { name: "Novo prospect" }).click();
  await expect(page.getByRole("heading", { name: "Novo prospect" })).toBeVisible();
  // A prospect has no column for these (SUS): the form does not ask.
  await expect(page.getByLabel("Pessoa de contato")).toHaveCount(0);
  const cnpj = withCheckDigits(`95${String(Date.now() % 1_000_000).padStart(6, "0")}0001`);
  await page.getByLabel("CNPJ", { exact: true }).fill(cnpj);
  await page.getByLabel("Razão social").fill("Armazém Serra Azul Ltda");
  await page.getByLabel("Inscrição estadual", { exact: true }).fill("110042490114");
  await page.getByLabel("CEP").fill("01310100");
  await expect(page.getByLabel("Município")).toHaveValue("São Paulo");
  await page.getByLabel("Número").fill("200");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: "Enviar prospect" }).click();
  await expect(page.getByTestId("queue-status")).toContainText(/Prospect \d{6}\/01 incluído/, { timeout: 20_000 });
  const prospect = /Prospect (\d{6})\/01/.exec((await page.getByTestId("queue-status").textContent()) ?? "")![1]!;
  await page.getByTestId("registration-open").click();
  await expect(page.getByRole("heading", { name: "Armazém Serra Azul Ltda" })).toBeVisible();

  // 2. A quotation for the prospect.
  await page.getByRole("link", { name: "Novo orçamento para este prospect" }).click();
  await expect(page.getByTestId("order-prospect")).toContainText(`${prospect}/01`);
  await page.getByLabel("Tabela de preço").selectOption("002");
  await page.getByLabel("Condição de pagamento").selectOption("002");
  await fillLine(page, 0, "P00014", "2");
  await page.getByRole("button", { name: "Enviar orçamento" }).click();
  await expect(page.getByTestId("queue-status")).toContainText(/Orçamento \d{6} gravado no ERP/, { timeout: 20_000 });

  // 3. Converted into a customer, followed on the prospect's page.
  await page.goto(`/prospects/${prospect}/01`);
  await page.getByRole("button", { name: "Converter em cliente" }).click();
  await expect(page.getByTestId("queue-status")).toContainText(/Convertido no cliente \d{6}\/\d{2}/, {
    timeout: 20_000,
  });
  const [, code, store] = /cliente (\d{6})\/(\d{2})/.exec(
    (await page.getByTestId("queue-status").textContent()) ?? "",
  )!;

  // 4. "Novo pedido" for the new customer: the order form starts with it.
  await page.getByRole("link", { name: "Novo pedido para este cliente" }).click();
  await expect(page.getByRole("heading", { name: "Novo pedido" })).toBeVisible();
  await expect(page.getByTestId("order-customer")).toContainText(`${code}/${store}`);
  await page.getByLabel("Tabela de preço").selectOption("002");
  await page.getByLabel("Condição de pagamento").selectOption("002");
  await fillLine(page, 0, "P00014", "1");
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  // A customer registered from the field has no credit until the back office analyses it (risk E).
  await expect(page.getByTestId("queue-status")).toContainText(/Pedido \d{6} incluído/, { timeout: 20_000 });
  const [order] = await erp.sql<{ customer: string }>(
    "SELECT C5_CLIENTE AS customer FROM SC5010 WHERE C5_FILIAL = '01' AND C5_CLIENTE = $1 AND D_E_L_E_T_ = ' '",
    [code],
  );
  expect(order?.customer).toBe(code);

  // bruno: neither the prospect's page nor its edit form.
  const other = await newContext(page.context().browser()!);
  const bruno = await other.newPage();
  await loginAs(bruno, "demo", "bruno", "bruno123");
  for (const path of [`/prospects/${prospect}/01`, `/prospects/${prospect}/01/edit`]) {
    await bruno.goto(path);
    await expect(bruno.getByText("Armazém Serra Azul Ltda")).toHaveCount(0);
  }
  await other.close();
});
