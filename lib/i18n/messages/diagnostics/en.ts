import type { DiagnosticsMessages } from "./pt-BR";

/** The requirements diagnostics (administrators, /admin/diagnostics, and `npm run doctor`): namespace `diagnostics`. */
export const diagnosticsEn: DiagnosticsMessages = {
  title: "Requirements diagnostics",
  intro:
    "Checks, on this alias' ERP, what the portal needs to work: REST, token, PGV package, Security, UseRowStamp, PrepareIn, the order queue job, the optional endpoints and SGE. Each row says what to change when it is not right.",
  connection:
    "Alias {alias} ({mode, select, mingle {TOTVS Mingle} other {direct REST}}), company {company}, branch {branch}",
  run: "Run again",
  running: "Checking the ERP…",
  copy: "Copy report",
  copied: "Report copied. Paste it into the support ticket.",
  copyFailed: "Could not copy. Select the report text below and copy it.",
  reportLabel: "Report for support (JSON)",
  failedToRun: "The diagnostics could not run now. Try again in a moment.",
  summary:
    "{failed, plural, =0 {No failures} one {# failure} other {# failures}}, {warning, plural, =0 {no warnings} one {# warning} other {# warnings}}, {ok} ok, {skipped} not checked.",
  table: "Checks",
  columns: { check: "Check", status: "Status", ms: "Time", detail: "Result", fix: "What to change" },
  ms: "{ms} ms",
  statuses: { ok: "OK", warning: "Warning", failed: "Failed", skipped: "Not checked" },
  checks: {
    rest: "Protheus REST and version",
    token: "Access token",
    packageVersion: "PGV package version",
    security: "Security (call without a token)",
    rowStamp: "UseRowStamp (sync diff)",
    companies: "PrepareIn and companies/branches",
    mingleSet: "Company and branch of the Mingle alias",
    orderJob: "Order queue job (TGVA002JOB)",
    endpoint: "Optional endpoint: {name}",
    sgeAuth: "SGE: integration user",
    sgeSentence: "SGE: query {name}",
  },
  endpoints: {
    privileges: "menu and action privileges",
    stock: "online stock",
    indicatorCards: "indicators (cards)",
    indicatorCharts: "indicators (charts)",
    quotations: "quotations",
    quotationsQueue: "quotation queue",
    customerWrites: "customer registration",
    customersQueue: "customer registration queue",
    prospects: "prospects",
    prospectsQueue: "prospect registration queue",
    contactWrites: "contact registration",
    contactsQueue: "contact registration queue",
    salesTaxes: "taxes (financial worksheet)",
  },
  detail: {
    restVersion: "REST answered: Protheus {release}, AppServer {build}.",
    restAnswered: "REST answered, but without its version.",
    noAnswer: "The ERP did not answer (connection refused or timed out).",
    callFailed: "The ERP answered with HTTP error {status}.",
    invalidAnswer: "The ERP answered in an unexpected format.",
    timedOut: "The check did not finish within {seconds} s.",
    tokenAccepted: "The ERP accepted the session token and answered.",
    tokenGranted: "The ERP issued the token (OAuth2) and accepted it in a call.",
    badCredentials: "The ERP refused the user or the password.",
    unknownAlias: "Alias {alias} is not configured.",
    packageVersion: "Package {version} (minimum {minimum}), release {release}.",
    packageOutdated: "The ERP has package {version}, below the minimum {minimum}.",
    versionMissing: "The ERP lacks the package version endpoint ({path}).",
    anonymousRefused: "A call without a token was refused, as it should be.",
    anonymousAnswered: "A call without a token was answered: the AppServer runs everything as the administrator.",
    restUrlUnknown:
      "The Mingle alias does not give the REST URL (REST_URL parameter): the AppServer cannot be called without a token.",
    rowStampOk: "The {entity} diff returned the changed rows.",
    rowStampEmpty: "The diffs ({entities}) returned no rows, although the lists have data.",
    rowStampNoData: "None of the entities ({entities}) has data to compare list and diff.",
    companiesOk: "The ERP opens {tenants}.",
    companiesMissing: "The ERP does not open {tenants} for this user.",
    companiesExtra: "The ERP opens {tenants}, but also companies {companies}, which no portal alias uses.",
    mingleSetOk: "The Mingle alias opens company {company}, branch {branch}.",
    mingleSetMissing: "The Mingle alias has no company and branch (EMPRESA/FILIAL).",
    mingleSetUnknown: "Company {company}, branch {branch} of the Mingle alias does not exist in the ERP.",
    queueEmpty: "No order waiting in the queue.",
    queueRecent:
      "{count, plural, one {# order waiting} other {# orders waiting}}; the oldest arrived {minutes} min ago.",
    queueStale:
      "{count, plural, one {# order waiting} other {# orders waiting}}; the oldest arrived {minutes} min ago (the job processes within 60 min).",
    endpointPresent: "{path} answers.",
    endpointMissing: "{path} does not exist on this ERP (404): the feature is hidden in the portal.",
    endpointFailed: "{path} answered with an error{status, select, none {} other { HTTP {status}}}.",
    sgeAuthOk: "RM accepted the integration user.",
    sgeAuthRefused: "RM refused the integration user (HTTP 401).",
    sentenceOk: "Answered {rows, plural, one {# row} other {# rows}} with the expected columns.",
    sentenceAnswered: "Answered {rows, plural, one {# row} other {# rows}}.",
    sentenceEmpty: "Answered no rows for the sample parameters; the columns could not be checked.",
    sentenceColumns: "Columns {columns} are missing.",
    sentenceMissing: "Query {code} is not registered in RM (coligada {coligada}, system {system}).",
    sentenceNotArray: "Query {code} did not answer a list of rows.",
    needsRest: "Depends on REST, which failed.",
    needsToken: "Depends on the token, which failed.",
    needsSgeAuth: "Depends on the SGE integration user, which failed.",
    needsMingleSet: "Depends on the company and branch of the Mingle alias, which failed.",
  },
  fix: {
    restConfig:
      "Make sure the AppServer is up and REST enabled in appserver.ini: [HTTPV11] Enable=1 and Sockets=HTTPREST; [HTTPREST] Port and URIs=HTTPURI; [HTTPURI] URL=/rest. The alias' restUrl in ERP_ALIASES must end in /rest.",
    restVersion:
      "REST does not give its version at totvs/environment: make sure it is Protheus REST 2.0 ([HTTPV11], [HTTPREST] and [HTTPURI] sections of appserver.ini) and that the alias' restUrl points to it.",
    tokenConfig:
      "The ERP refused the token: check that REST OAuth2 (api/oauth2/v1/token) is active and the AppServer clock is right; then sign in to the portal again.",
    credentials:
      "Check the user and password (--user/--password, or DOCTOR_USER/DOCTOR_PASSWORD) and that the user is not blocked in the Configurator (SIGACFG).",
    aliasConfig:
      "Register the alias in ERP_ALIASES (restUrl and tenants) or, in Mingle mode, in Mingle’s alias register.",
    updatePackage:
      "Apply PGV package {minimum} or newer to the RPO and restart the AppServer; without it the portal refuses the login (the minimum comes from ERP_MIN_PACKAGE_VERSION).",
    installPackage:
      "Apply the PGV package to the RPO (it publishes api/tgv/version) or point ERP_ALIASES.{alias}.endpoints.version to your ERP’s version endpoint.",
    securityKey:
      "Set Security=1 in the [HTTPREST] section of appserver.ini (the section named in Sockets of [HTTPV11]) and restart the AppServer.",
    mingleRestUrl: "Give the REST_URL parameter in the Mingle alias so the portal can check the AppServer’s Security.",
    rowStamp:
      "Set UseRowStamp=1 in dbaccess.ini and restart DBAccess: tables get the S_T_A_M_P_ column and sync diffs then return the rows changed after that.",
    prepareInMissing:
      "Add the companies to PrepareIn in the [HTTPURI] section of appserver.ini (e.g. PrepareIn=01,02) and give the user access to {tenants} in the Configurator; or fix the alias’ tenants in ERP_ALIASES.",
    prepareInExtra:
      "Restrict PrepareIn in the [HTTPURI] section of appserver.ini to the companies the portal uses (instead of All), so the branch change does not offer {companies}.",
    mingleSet: "Register at least one company and branch (EMPRESA and FILIAL parameters) in the Mingle alias.",
    mingleSetUnknown: "Fix EMPRESA and FILIAL in the Mingle alias to a company and branch that exist in the ERP.",
    orderJob:
      "Schedule TGVA002JOB in the Protheus Schedule (SIGACFG, Schedule) or add it to Jobs in the [ONSTART] section of appserver.ini, and look at the AppServer console: without the job orders never leave the queue.",
    endpointMissing:
      "{source, select, totvs {It is a standard TOTVS API: update Protheus to a version that publishes it} pgv {It is part of the PGV package: apply the package to the RPO} other {It is an endpoint the customer’s Protheus team publishes (README)}}, or point ERP_ALIASES.{alias}.endpoints.{key} to where your ERP serves it.",
    endpointFailed:
      "The endpoint exists but failed: see the error in the AppServer console, or point ERP_ALIASES.{alias}.endpoints.{key} to the right path.",
    sgeAuth:
      "Check user and password in SGE_CONNECTIONS.{alias} and that the integration user may run SQL queries in RM.",
    sgeUnreachable: "Check the url (…/rm/api) in SGE_CONNECTIONS.{alias} and that the RM server is up.",
    sentenceRegister:
      "Register query {code} in RM (Management, SQL Queries) with the README’s SQL, in coligada {coligada} and system {system}; or set in SGE_CONNECTIONS.{alias}.consulta.{key} the code your team used.",
    sentenceColumns: "Adjust the SQL of query {code} to return the columns listed in the README.",
    sentenceFailed: "See the error of query {code} in RM’s log (SQL Queries) and check the parameters it declares.",
    timedOut:
      "Check the network between the portal and the ERP and the AppServer’s load; each call’s limit is ERP_TIMEOUT_MS.",
    erpFailure: "See the error in the AppServer (or RM) console at the time of this diagnostics run.",
  },
};
