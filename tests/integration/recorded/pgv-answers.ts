/**
 * Recorded PGV (`api/tgv`) answers in the field lists of the public PGV schema (ERP-CONTRACT.md §4),
 * each entity in the two field-name families seen across Protheus releases: `current` (e.g.
 * `creditLimit`, `branch`, `paymentconditions`, `deleted`) and `older` (`creditlimit`, `branchid`,
 * `paymentconditioninternalid`, `d_e_l_e_t_`). Both describe the same records; the text is what a
 * server puts on the wire, so the page envelope (`hasNext` as a boolean or a string,
 * `remainingRecords`, `po_sync_date`) varies too.
 */
export const pgvAnswers = {
  customers: {
    path: "api/tgv/customers",
    current: `{"hasNext":false,"remainingRecords":0,"po_sync_date":"2026-12-01T10:00:00Z","items":[
      {"id":"01000123 01","branch":"01","code":"000123","store":"01","name":"MERCADO BOA VISTA LTDA ","fantasy":"BOA VISTA",
       "municipalregistration":"","estadualregistration":"110042490114","customertype":"R","personType":"J","cgc":"11.222.333/0001-81",
       "paymentconditions":"001","pricelist":"001","cnae":"4711-3/02","vendor":"000001","citycode":"50308","city":"SAO PAULO",
       "neighborhood":"CENTRO","address":"RUA DIREITA, 100","addresscomplement":"SALA 2","zipcode":"01002000","uf":"SP",
       "ufdescription":"SAO PAULO","ddi":"55","ddd":"11","phone":"32221000","email":"compras@boavista.com.br","country":"105",
       "countrydescription":"BRASIL","contact":"JOANA","risk":"B","creditLimit":15000.5,"lastpurchase":"2026-11-20",
       "availablecreditlimit":9000.25,"inclusionDate":"2020-03-15","status":"2","deleted":false}]}`,
    older: `{"hasNext":"false","items":[
      {"id":"01000123 01","branchid":"01","code":"000123","store":"01","name":"MERCADO BOA VISTA LTDA","fantasy":"BOA VISTA ",
       "municipalregistration":"","estadualregistration":"110042490114","customertype":"R","personType":"J","cgc":"11222333000181",
       "paymentconditioninternalid":"001","pricelist":"001","cnae":"4711-3/02","vendor":"000001","citycode":"50308","city":"SAO PAULO",
       "neighborhood":"CENTRO","address":"RUA DIREITA, 100","addresscomplement":"SALA 2","zipcode":"01002000","uf":"SP",
       "ufdescription":"SAO PAULO","ddi":"55","ddd":"11","phone":"32221000","email":"compras@boavista.com.br","country":"105",
       "countrydescription":"BRASIL","contact":"JOANA","risk":"B","creditlimit":"15000.50","lastpurchase":"20261120",
       "availablecreditlimit":"9000.25","inclusionDate":"20200315","status":"2","d_e_l_e_t_":" "}]}`,
  },
  financialStatus: {
    path: "api/tgv/financialcustomerstatus",
    current: `{"hasNext":false,"items":[{"id":"000123|01","code":"000123","store":"01","oldestdue":"2026-10-05","branch":"01",
      "openBalance":2500,"overdueBalance":500,"deleted":false}]}`,
    older: `{"hasNext":false,"items":[{"id":"000123|01","customerid":"000123","customerstore":"01","oldestdue":"20261005","branchid":"01",
      "openbalance":"2500.00","financialdefault":"500.00","d_e_l_e_t_":""}]}`,
  },
  contacts: {
    path: "api/tgv/contacts",
    current: `{"hasNext":false,"items":[{"internalid":"SU5000045","contactid":"000045","cgcentity":"11.222.333/0001-81",
      "name":"JOANA SILVA ","email":"joana@boavista.com.br","datetime":"2026-11-30T09:15:00","d_e_l_e_t_":""}]}`,
    older: `{"hasNext":false,"items":[{"id":"SU5000045","code":"000045","cgc":"11222333000181","name":"JOANA SILVA",
      "email":"joana@boavista.com.br","datetime":"2026-11-30T09:15:00","deleted":false}]}`,
  },
  phoneContacts: {
    path: "api/tgv/phonecontacts",
    current: `{"hasNext":false,"items":[{"internalid":"AGB000077","contactinternalid":"SU5000045","phonetype":"2","ddd":"11",
      "ddi":"55","phone":"987650000","email":"","complement":"","datetime":"2026-11-30T09:15:00","d_e_l_e_t_":""}]}`,
    older: `{"hasNext":false,"items":[{"id":"AGB000077","contactid":"SU5000045","type":"2","ddd":"11","ddi":"55","phone":"987650000",
      "email":"","complement":"","deleted":false}]}`,
  },
  paymentConditions: {
    path: "api/tgv/paymentconditions",
    current: `{"hasNext":false,"items":[{"branchid":"01","paymentcode":"001","paymentdescription":"30/60/90 DIAS","status":"2",
      "condition":"30,60,90","deleted":false}]}`,
    older: `{"hasNext":false,"items":[{"id":"001","codigo":"001","descricao":"30/60/90 DIAS ","condicao":"30,60,90","d_e_l_e_t_":" "}]}`,
  },
  priceLists: {
    path: "api/tgv/priceList",
    current: `{"hasNext":false,"items":[{"branchid":"01","code":"001","description":"TABELA PADRAO","inicialdate":"2026-01-01",
      "finaldate":"2026-12-31","status":"1","deleted":false}]}`,
    older: `{"hasNext":false,"items":[{"branch":"01","codigo":"001","descricao":"TABELA PADRAO","initialdate":"20260101",
      "enddate":"20261231","active":true,"d_e_l_e_t_":""}]}`,
  },
  priceListItems: {
    path: "api/tgv/priceList/001/items",
    current: `{"hasNext":false,"items":[{"itemCode":"PA0001","minimumSalesPrice":9.5,"price":12.9,"activeItemPrice":"1",
      "itemValidity":"2026-01-01","deleted":false}]}`,
    older: `{"hasNext":false,"items":[{"itemcode":"PA0001","minimumsalesprice":"9.50","price":"12.90","activeitemprice":true,
      "itemvalidity":"20260101","d_e_l_e_t_":""}]}`,
  },
  products: {
    path: "api/tgv/products",
    current: `{"hasNext":false,"items":[{"code":"PA0001","description":"CAFE TORRADO 500G","type":"PA","status":"2","active":true,
      "standardwarehouse":"01","measureunit":"UN","price":12.9,"deleted":false}]}`,
    older: `{"hasNext":false,"items":[{"code":"PA0001","description":"CAFE TORRADO 500G ","type":"PA","status":"2",
      "warehouse":"01","unit":"UN","price":"12.90","d_e_l_e_t_":" "}]}`,
  },
  notifications: {
    path: "api/tgv/notifications",
    current: `{"hasNext":false,"items":[{"id":"A1S000010","title":"Pedido 000321 incluído","description":"O pedido 000321 foi incluído.",
      "type":1,"user_id":"000001","notification_status":1,"movimentation_status":1,"notification_date":"2026-12-01",
      "notification_hour":"10:30","deleted":false}]}`,
    older: `{"hasNext":false,"items":[{"id":"A1S000010","title":"Pedido 000321 incluído","description":"O pedido 000321 foi incluído.",
      "type":"1","user_id":"000001","notificationstatus":"1","movimentationstatus":"1","notificationdate":"20261201",
      "notificationhour":"10:30:00","d_e_l_e_t_":""}]}`,
  },
  salesOrders: {
    path: "api/tgv/salesorders",
    current: `{"hasNext":false,"items":[{"id":"01000321","branch":"01","number":"000321","customer":"000123","store":"01",
      "paymentcondition":"001","pricelist":"001","seller":"000001","carrier":"000002","freighttype":"C","freightvalue":0,
      "customerordernumber":"PC-77","message":"","issuedate":"2026-12-01","status":"open","total":129,"externalid":"d-1",
      "deleted":false,"items":[{"item":"01","product":"PA0001","description":"CAFE TORRADO 500G","quantity":10,"listprice":12.9,
      "price":12.9,"discount":0,"total":129,"operationtype":"01","warehouse":"01"}]}]}`,
    older: `{"hasNext":false,"items":[{"id":"01000321","branchid":"01","number":"000321","customer":"000123","store":"01",
      "paymentconditions":"001","priceList":"001","seller":"000001","carrier":"000002 ","freighttype":"C","freightvalue":"0",
      "customerordernumber":"PC-77","message":"","issuedate":"20261201","status":"open","total":"129.00","externalid":"d-1",
      "d_e_l_e_t_":"","items":[{"item":"01","product":"PA0001","description":"CAFE TORRADO 500G","quantity":"10",
      "listPrice":"12.90","price":"12.90","discount":"0","total":"129.00","operationType":"01","warehouse":"01"}]}]}`,
  },
} as const;

/** The deleted flag's spellings (ERP-CONTRACT.md §4): the first four mean deleted. */
export const deletedFlags = {
  deleted: [true, 1, "1", "*"],
  live: [false, 0, "0", "", " "],
} as const;

/** TOTVS error envelopes as REST 2.0 sends them: `code` a number on some releases, a string on others. */
export const errorEnvelopes = {
  numeric: {
    status: 400,
    body: `{"code":1001,"message":"Cliente bloqueado para novos pedidos.","detailedMessage":"SA1010 A1_MSBLQL=1 at TGVA001.PRW(42)","helpUrl":""}`,
  },
  string: {
    status: 422,
    body: `{"code":"TGV0042","message":"Condição de pagamento inválida.","detailedMessage":"SE4 not found: E4_CODIGO=999 TGVA002.PRW(88)",
      "details":[{"code":"C5_CONDPAG","message":"Condição 999 não existe.","detailedMessage":"SE4010 seek failed"}]}`,
  },
} as const;
