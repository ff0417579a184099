/**
 * Invoicing of a released order (MATA460 "Documento de saída"), as `POST /__admin/time/advance`
 * runs it for every released order: SF2 + one SD2 per item (new F2_DOC per branch, series '1'),
 * SE1 instalments from the payment condition's E4_COND days (only for items whose TES has
 * F4_DUPLIC = 'S'; the freight goes into the receivables), and the balances: C5_NOTA/C6_NOTA,
 * C9 codes 10 (invoiced), B2_QATU and B2_RESERVA down, A1_SALPEDL down, A1_SALDUP up, A1_ULTCOM.
 */
import { moveSalpedl } from "./analysis";
import { fromProtheusDate } from "../../lib/dates";
import { addDays, instalmentCode, instalmentDays, nextBusinessDay, splitInstalments } from "./dates";
import { centsToDecimal, centsToNumber, lineTotal, toCents } from "./money";
import { orderTables, type Scope, type Sql } from "./tables";

const INVOICE_SERIES = "1";

type Line = {
  item: string;
  product: string;
  unit: string;
  quantity: string;
  price: string;
  value: string;
  tes: string;
  warehouse: string;
  cf: string;
  duplic: boolean;
  stock: boolean;
};

export type InvoiceResult = {
  number: string;
  invoice: string;
  series: string;
  total: number;
  installments: { installment: string; duedate: string; value: number }[];
};

/** Orders ready to invoice in a branch: live, not invoiced, no rule block, every SC9 clear. */
export async function releasedOrders(sql: Sql, scope: Scope): Promise<string[]> {
  const t = orderTables(scope.company);
  const { rows } = await sql.query<{ number: string }>(
    `SELECT c5.C5_NUM AS number FROM ${t.SC5} c5
      WHERE c5.C5_FILIAL = $1 AND c5.D_E_L_E_T_ = ' ' AND trim(c5.C5_NOTA) = '' AND trim(c5.C5_BLQ) = ''
        AND EXISTS (SELECT 1 FROM ${t.SC9} c9 WHERE c9.C9_FILIAL = c5.C5_FILIAL AND c9.C9_PEDIDO = c5.C5_NUM AND c9.D_E_L_E_T_ = ' ')
        AND NOT EXISTS (SELECT 1 FROM ${t.SC9} c9 WHERE c9.C9_FILIAL = c5.C5_FILIAL AND c9.C9_PEDIDO = c5.C5_NUM AND c9.D_E_L_E_T_ = ' '
                          AND (trim(c9.C9_BLCRED) <> '' OR trim(c9.C9_BLEST) <> ''))
      ORDER BY c5.C5_NUM`,
    [scope.branch],
  );
  return rows.map((r) => r.number);
}

async function nextInvoiceNumber(sql: Sql, scope: Scope): Promise<string> {
  const { rows } = await sql.query<{ next: string }>(
    `SELECT lpad((COALESCE(max(F2_DOC::bigint), 0) + 1)::text, 9, '0') AS next FROM ${orderTables(scope.company).SF2}
      WHERE F2_FILIAL = $1 AND F2_SERIE = $2 AND F2_DOC ~ '^[0-9]{1,9}$'`,
    [scope.branch, INVOICE_SERIES],
  );
  return rows[0]!.next;
}

export async function invoiceOrder(sql: Sql, scope: Scope, number: string, date: string): Promise<InvoiceResult> {
  const t = orderTables(scope.company);
  const header = (
    await sql.query<{
      customer: string;
      store: string;
      cond: string;
      days: string | null;
      seller: string;
      carrier: string;
      freight: string;
      short: string;
    }>(
      `SELECT c5.C5_CLIENTE AS customer, c5.C5_LOJACLI AS store, c5.C5_CONDPAG AS cond, e4.E4_COND AS days, c5.C5_VEND1 AS seller,
              c5.C5_TRANSP AS carrier, c5.C5_FRETE AS freight, COALESCE(a1.A1_NREDUZ, '') AS short
         FROM ${t.SC5} c5
         LEFT JOIN ${t.SE4} e4 ON e4.E4_CODIGO = c5.C5_CONDPAG AND e4.D_E_L_E_T_ = ' '
         LEFT JOIN ${t.SA1} a1 ON a1.A1_FILIAL = c5.C5_FILIAL AND a1.A1_COD = c5.C5_CLIENTE AND a1.A1_LOJA = c5.C5_LOJACLI AND a1.D_E_L_E_T_ = ' '
        WHERE c5.C5_FILIAL = $1 AND c5.C5_NUM = $2 AND c5.D_E_L_E_T_ = ' '`,
      [scope.branch, number],
    )
  ).rows[0];
  if (!header) throw new Error(`Pedido ${number} não encontrado.`);
  if (header.days === null) throw new Error(`Condição de pagamento ${header.cond} do pedido ${number} não encontrada.`);
  const { rows: lines } = await sql.query<Line>(
    `SELECT c6.C6_ITEM AS item, trim(c6.C6_PRODUTO) AS product, c6.C6_UM AS unit, c6.C6_QTDVEN AS quantity, c6.C6_PRCVEN AS price, c6.C6_VALOR AS value,
            c6.C6_TES AS tes, c6.C6_LOCAL AS warehouse, COALESCE(f4.F4_CF, '') AS cf,
            COALESCE(f4.F4_DUPLIC, 'S') = 'S' AS duplic, COALESCE(f4.F4_ESTOQUE, 'S') = 'S' AS stock
       FROM ${t.SC6} c6 LEFT JOIN ${t.SF4} f4 ON f4.F4_CODIGO = c6.C6_TES AND f4.D_E_L_E_T_ = ' '
      WHERE c6.C6_FILIAL = $1 AND c6.C6_NUM = $2 AND c6.D_E_L_E_T_ = ' ' ORDER BY c6.C6_ITEM`,
    [scope.branch, number],
  );
  const doc = await nextInvoiceNumber(sql, scope);
  const goods = lines.reduce((sum, l) => sum + toCents(l.value), 0);
  const freight = toCents(header.freight);
  const receivable =
    lines.filter((l) => l.duplic).reduce((sum, l) => sum + toCents(l.value), 0) +
    (lines.some((l) => l.duplic) ? freight : 0);
  const prefix = receivable > 0 ? INVOICE_SERIES : "";

  await sql.query(
    `INSERT INTO ${t.SF2} (F2_FILIAL, F2_DOC, F2_SERIE, F2_CLIENTE, F2_LOJA, F2_COND, F2_EMISSAO, F2_VEND1, F2_TRANSP, F2_VALMERC, F2_FRETE, F2_VALBRUT, F2_PREFIXO, F2_DUPL)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      scope.branch,
      doc,
      INVOICE_SERIES,
      header.customer,
      header.store,
      header.cond,
      date,
      header.seller,
      header.carrier,
      centsToDecimal(goods),
      centsToDecimal(freight),
      centsToDecimal(goods + freight),
      prefix,
      prefix ? doc : "",
    ],
  );
  for (const line of lines) {
    await sql.query(
      `INSERT INTO ${t.SD2} (D2_FILIAL, D2_DOC, D2_SERIE, D2_ITEM, D2_COD, D2_UM, D2_QUANT, D2_PRCVEN, D2_TOTAL, D2_TES, D2_CF, D2_LOCAL, D2_PEDIDO, D2_ITEMPV, D2_CLIENTE, D2_LOJA, D2_EMISSAO)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $4, $14, $15, $16)`,
      [
        scope.branch,
        doc,
        INVOICE_SERIES,
        line.item,
        line.product,
        line.unit,
        line.quantity,
        line.price,
        line.value,
        line.tes,
        line.cf,
        line.warehouse,
        number,
        header.customer,
        header.store,
        date,
      ],
    );
    if (line.stock) {
      await sql.query(
        `UPDATE ${t.SB2} SET B2_QATU = B2_QATU - $4::numeric, B2_RESERVA = GREATEST(B2_RESERVA - $4::numeric, 0)
          WHERE B2_FILIAL = $1 AND B2_COD = $2 AND B2_LOCAL = $3 AND D_E_L_E_T_ = ' '`,
        [scope.branch, line.product, line.warehouse, line.quantity],
      );
    }
  }

  const installments: InvoiceResult["installments"] = [];
  if (receivable > 0) {
    const days = instalmentDays(header.days);
    const values = splitInstalments(receivable, days.length);
    for (const [i, d] of days.entries()) {
      const due = addDays(date, d);
      const code = instalmentCode(i, days.length);
      await sql.query(
        `INSERT INTO ${t.SE1} (E1_FILIAL, E1_PREFIXO, E1_NUM, E1_PARCELA, E1_TIPO, E1_CLIENTE, E1_LOJA, E1_NOMCLI, E1_EMISSAO, E1_VENCTO, E1_VENCREA, E1_VALOR, E1_SALDO, E1_VEND1, E1_PEDIDO)
         VALUES ($1, $2, $3, $4, 'NF', $5, $6, $7, $8, $9, $10, $11, $11, $12, $13)`,
        [
          scope.branch,
          prefix,
          doc,
          code,
          header.customer,
          header.store,
          header.short.trim().slice(0, 20),
          date,
          due,
          nextBusinessDay(due),
          centsToDecimal(values[i]!),
          header.seller,
          number,
        ],
      );
      installments.push({
        installment: code,
        duedate: fromProtheusDate(nextBusinessDay(due))!,
        value: centsToNumber(values[i]!),
      });
    }
  }

  await sql.query(
    `UPDATE ${t.SC6} SET C6_QTDENT = C6_QTDVEN, C6_NOTA = $3, C6_SERIE = $4, C6_DATFAT = $5 WHERE C6_FILIAL = $1 AND C6_NUM = $2 AND D_E_L_E_T_ = ' '`,
    [scope.branch, number, doc, INVOICE_SERIES, date],
  );
  await sql.query(
    `UPDATE ${t.SC9} SET C9_NFISCAL = $3, C9_SERIENF = $4, C9_BLCRED = '10', C9_BLEST = '10' WHERE C9_FILIAL = $1 AND C9_PEDIDO = $2 AND D_E_L_E_T_ = ' '`,
    [scope.branch, number, doc, INVOICE_SERIES],
  );
  await sql.query(`UPDATE ${t.SC5} SET C5_NOTA = $3, C5_SERIE = $4 WHERE C5_FILIAL = $1 AND C5_NUM = $2`, [
    scope.branch,
    number,
    doc,
    INVOICE_SERIES,
  ]);
  const released = lines.reduce((sum, l) => sum + lineTotal(Number(l.quantity), toCents(l.price)), 0);
  await moveSalpedl(sql, t, scope, header.customer, header.store, -released);
  await sql.query(
    `UPDATE ${t.SA1} SET A1_SALDUP = A1_SALDUP + $4::numeric, A1_ULTCOM = $5, A1_PRICOM = CASE WHEN trim(A1_PRICOM) = '' THEN $5 ELSE A1_PRICOM END
      WHERE A1_FILIAL = $1 AND A1_COD = $2 AND A1_LOJA = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, header.customer, header.store, centsToDecimal(receivable), date],
  );
  return { number, invoice: doc, series: INVOICE_SERIES, total: centsToNumber(goods + freight), installments };
}
