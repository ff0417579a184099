/**
 * The requirements diagnostics (administrators, /admin/diagnostics, and `npm run doctor`): namespace
 * `diagnostics`. `detail` says what a check saw, `fix` what to change (naming the appserver.ini /
 * dbaccess.ini key); both are codes of `lib/diagnostics.ts` turned into words here.
 */
export const diagnosticsPtBR = {
  title: "Diagnóstico de requisitos",
  intro:
    "Confere, no ERP deste alias, o que o portal precisa para funcionar: REST, token, pacote do PGV, Security, UseRowStamp, PrepareIn, o job da fila de pedidos, os endpoints opcionais e o SGE. Cada linha diz o que mudar quando não está certa.",
  connection:
    "Alias {alias} ({mode, select, mingle {TOTVS Mingle} other {REST direto}}), empresa {company}, filial {branch}",
  run: "Executar novamente",
  running: "Verificando o ERP…",
  copy: "Copiar relatório",
  copied: "Relatório copiado. Cole-o no chamado do suporte.",
  copyFailed: "Não foi possível copiar. Selecione o texto do relatório abaixo e copie-o.",
  reportLabel: "Relatório para o suporte (JSON)",
  failedToRun: "Não foi possível executar o diagnóstico agora. Tente novamente em instantes.",
  summary:
    "{failed, plural, =0 {Nenhuma falha} one {# falha} other {# falhas}}, {warning, plural, =0 {nenhum aviso} one {# aviso} other {# avisos}}, {ok} ok, {skipped} não verificados.",
  table: "Verificações",
  columns: { check: "Verificação", status: "Situação", ms: "Tempo", detail: "Resultado", fix: "O que mudar" },
  ms: "{ms} ms",
  statuses: { ok: "OK", warning: "Atenção", failed: "Falhou", skipped: "Não verificado" },
  checks: {
    rest: "REST do Protheus e versão",
    token: "Token de acesso",
    packageVersion: "Versão do pacote do PGV",
    security: "Security (chamada sem token)",
    rowStamp: "UseRowStamp (diff de sincronização)",
    companies: "PrepareIn e empresas/filiais",
    mingleSet: "Empresa e filial do alias no Mingle",
    orderJob: "Job da fila de pedidos (TGVA002JOB)",
    endpoint: "Endpoint opcional: {name}",
    sgeAuth: "SGE: usuário de integração",
    sgeSentence: "SGE: consulta {name}",
  },
  endpoints: {
    privileges: "privilégios de menu e ação",
    stock: "estoque online",
    indicatorCards: "indicadores (cartões)",
    indicatorCharts: "indicadores (gráficos)",
    quotations: "orçamentos",
    quotationsQueue: "fila de orçamentos",
    customerWrites: "cadastro de clientes",
    customersQueue: "fila de cadastro de clientes",
    prospects: "prospects",
    prospectsQueue: "fila de cadastro de prospects",
    contactWrites: "cadastro de contatos",
    contactsQueue: "fila de cadastro de contatos",
    salesTaxes: "impostos (planilha financeira)",
  },
  detail: {
    restVersion: "O REST respondeu: Protheus {release}, AppServer {build}.",
    restAnswered: "O REST respondeu, mas sem informar a versão.",
    noAnswer: "O ERP não respondeu (conexão recusada ou tempo esgotado).",
    callFailed: "O ERP respondeu com o erro HTTP {status}.",
    invalidAnswer: "O ERP respondeu num formato inesperado.",
    timedOut: "A verificação não terminou em {seconds} s.",
    tokenAccepted: "O ERP aceitou o token da sessão e respondeu.",
    tokenGranted: "O ERP emitiu o token (OAuth2) e o aceitou numa chamada.",
    badCredentials: "O ERP recusou o usuário ou a senha.",
    unknownAlias: "O alias {alias} não está configurado.",
    packageVersion: "Pacote {version} (mínimo {minimum}), release {release}.",
    packageOutdated: "O ERP tem o pacote {version}, abaixo do mínimo {minimum}.",
    versionMissing: "O ERP não tem o endpoint de versão do pacote ({path}).",
    anonymousRefused: "Uma chamada sem token foi recusada, como deve ser.",
    anonymousAnswered: "Uma chamada sem token foi atendida: o AppServer executa tudo como administrador.",
    restUrlUnknown:
      "O alias do Mingle não informa a URL do REST (parâmetro REST_URL): não há como chamar o AppServer sem token.",
    rowStampOk: "O diff de {entity} trouxe as linhas alteradas.",
    rowStampEmpty: "Os diffs ({entities}) não trouxeram nenhuma linha, embora as listas tenham dados.",
    rowStampNoData: "Nenhuma das entidades ({entities}) tem dados para comparar lista e diff.",
    companiesOk: "O ERP abre {tenants}.",
    companiesMissing: "O ERP não abre {tenants} para este usuário.",
    companiesExtra: "O ERP abre {tenants}, mas também as empresas {companies}, que nenhum alias do portal usa.",
    mingleSetOk: "O alias do Mingle abre a empresa {company}, filial {branch}.",
    mingleSetMissing: "O alias do Mingle não tem empresa e filial (EMPRESA/FILIAL).",
    mingleSetUnknown: "A empresa {company}, filial {branch} do alias do Mingle não existe no ERP.",
    queueEmpty: "Nenhum pedido aguardando na fila.",
    queueRecent:
      "{count, plural, one {# pedido aguardando} other {# pedidos aguardando}}; o mais antigo chegou há {minutes} min.",
    queueStale:
      "{count, plural, one {# pedido aguardando} other {# pedidos aguardando}}; o mais antigo chegou há {minutes} min (o job processa em até 60 min).",
    endpointPresent: "{path} responde.",
    endpointMissing: "{path} não existe neste ERP (404): o recurso fica oculto no portal.",
    endpointFailed: "{path} respondeu com erro{status, select, none {} other { HTTP {status}}}.",
    sgeAuthOk: "O RM aceitou o usuário de integração.",
    sgeAuthRefused: "O RM recusou o usuário de integração (HTTP 401).",
    sentenceOk: "Respondeu {rows, plural, one {# linha} other {# linhas}} com as colunas esperadas.",
    sentenceAnswered: "Respondeu {rows, plural, one {# linha} other {# linhas}}.",
    sentenceEmpty: "Respondeu sem linhas para os parâmetros de teste; as colunas não puderam ser conferidas.",
    sentenceColumns: "Faltam as colunas {columns}.",
    sentenceMissing: "A consulta {code} não está cadastrada no RM (coligada {coligada}, sistema {system}).",
    sentenceNotArray: "A consulta {code} não respondeu uma lista de linhas.",
    needsRest: "Depende do REST, que falhou.",
    needsToken: "Depende do token, que falhou.",
    needsSgeAuth: "Depende do usuário de integração do SGE, que falhou.",
    needsMingleSet: "Depende da empresa e filial do alias do Mingle, que falharam.",
  },
  fix: {
    restConfig:
      "Confirme que o AppServer está no ar e o REST habilitado no appserver.ini: [HTTPV11] Enable=1 e Sockets=HTTPREST; [HTTPREST] Port e URIs=HTTPURI; [HTTPURI] URL=/rest. A restUrl do alias em ERP_ALIASES deve terminar em /rest.",
    restVersion:
      "O REST não informa a versão em totvs/environment: confirme que é o REST 2.0 do Protheus (seções [HTTPV11], [HTTPREST] e [HTTPURI] do appserver.ini) e que a restUrl do alias aponta para ele.",
    tokenConfig:
      "O ERP recusou o token: confira se o OAuth2 do REST (api/oauth2/v1/token) está ativo e se o relógio do AppServer está certo; depois entre de novo no portal.",
    credentials:
      "Confira o usuário e a senha (--user/--password, ou DOCTOR_USER/DOCTOR_PASSWORD) e se o usuário não está bloqueado no Configurador (SIGACFG).",
    aliasConfig:
      "Cadastre o alias em ERP_ALIASES (restUrl e tenants) ou, no modo Mingle, no cadastro de alias do Mingle.",
    updatePackage:
      "Aplique no RPO o pacote do PGV {minimum} ou mais recente e reinicie o AppServer; sem ele o portal recusa o login (o mínimo vem de ERP_MIN_PACKAGE_VERSION).",
    installPackage:
      "Aplique no RPO o pacote do PGV (ele publica api/tgv/version) ou aponte ERP_ALIASES.{alias}.endpoints.version para o endpoint de versão do seu ERP.",
    securityKey:
      "Defina Security=1 na seção [HTTPREST] do appserver.ini (a seção citada em Sockets de [HTTPV11]) e reinicie o AppServer.",
    mingleRestUrl:
      "Informe o parâmetro REST_URL no alias do Mingle para o portal poder conferir o Security do AppServer.",
    rowStamp:
      "Defina UseRowStamp=1 no dbaccess.ini e reinicie o DBAccess: as tabelas ganham a coluna S_T_A_M_P_ e os diffs de sincronização passam a trazer as linhas alteradas depois disso.",
    prepareInMissing:
      "Inclua as empresas em PrepareIn da seção [HTTPURI] do appserver.ini (ex.: PrepareIn=01,02) e dê ao usuário acesso a {tenants} no Configurador; ou corrija os tenants do alias em ERP_ALIASES.",
    prepareInExtra:
      "Restrinja PrepareIn da seção [HTTPURI] do appserver.ini às empresas que o portal usa (em vez de All), para a troca de filial não oferecer {companies}.",
    mingleSet: "Cadastre ao menos uma empresa e filial (parâmetros EMPRESA e FILIAL) no alias do Mingle.",
    mingleSetUnknown: "Corrija EMPRESA e FILIAL no alias do Mingle para uma empresa e filial que existam no ERP.",
    orderJob:
      "Agende o TGVA002JOB no Schedule do Protheus (SIGACFG, Schedule) ou inclua-o em Jobs da seção [ONSTART] do appserver.ini, e veja o console do AppServer: sem o job os pedidos não saem da fila.",
    endpointMissing:
      "{source, select, totvs {É uma API padrão TOTVS: atualize o Protheus para a versão que a publica} pgv {É parte do pacote do PGV: aplique o pacote no RPO} other {É um endpoint que a equipe Protheus do cliente publica (README)}}, ou aponte ERP_ALIASES.{alias}.endpoints.{key} para onde o seu ERP o serve.",
    endpointFailed:
      "O endpoint existe mas falhou: veja o erro no console do AppServer, ou aponte ERP_ALIASES.{alias}.endpoints.{key} para o caminho certo.",
    sgeAuth:
      "Confira user e password em SGE_CONNECTIONS.{alias} e se o usuário de integração tem permissão para executar consultas SQL no RM.",
    sgeUnreachable: "Confira a url (…/rm/api) em SGE_CONNECTIONS.{alias} e se o servidor do RM está no ar.",
    sentenceRegister:
      "Cadastre a consulta {code} no RM (Gestão, Consultas SQL) com o SQL do README, na coligada {coligada} e sistema {system}; ou informe em SGE_CONNECTIONS.{alias}.consulta.{key} o código que a sua equipe usou.",
    sentenceColumns: "Ajuste o SQL da consulta {code} para devolver as colunas listadas no README.",
    sentenceFailed:
      "Veja o erro da consulta {code} no log do RM (Consultas SQL) e confira os parâmetros que ela declara.",
    timedOut:
      "Confira a rede entre o portal e o ERP e a carga do AppServer; o limite de cada chamada é ERP_TIMEOUT_MS.",
    erpFailure: "Veja o erro no console do AppServer (ou do RM) no horário deste diagnóstico.",
  },
};

export type DiagnosticsMessages = typeof diagnosticsPtBR;
