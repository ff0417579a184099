import type { DiagnosticsMessages } from "./pt-BR";

/** The requirements diagnostics (administrators, /admin/diagnostics, and `npm run doctor`): namespace `diagnostics`. */
export const diagnosticsEs: DiagnosticsMessages = {
  title: "Diagnóstico de requisitos",
  intro:
    "Verifica, en el ERP de este alias, lo que el portal necesita para funcionar: REST, token, paquete del PGV, Security, UseRowStamp, PrepareIn, el job de la cola de pedidos, los endpoints opcionales y el SGE. Cada fila dice qué cambiar cuando no está bien.",
  connection:
    "Alias {alias} ({mode, select, mingle {TOTVS Mingle} other {REST directo}}), empresa {company}, sucursal {branch}",
  run: "Ejecutar de nuevo",
  running: "Verificando el ERP…",
  copy: "Copiar informe",
  copied: "Informe copiado. Péguelo en el ticket de soporte.",
  copyFailed: "No se pudo copiar. Seleccione el texto del informe abajo y cópielo.",
  reportLabel: "Informe para soporte (JSON)",
  failedToRun: "No se pudo ejecutar el diagnóstico ahora. Intente de nuevo en unos instantes.",
  summary:
    "{failed, plural, =0 {Ningún fallo} one {# fallo} other {# fallos}}, {warning, plural, =0 {ningún aviso} one {# aviso} other {# avisos}}, {ok} ok, {skipped} sin verificar.",
  table: "Verificaciones",
  columns: { check: "Verificación", status: "Estado", ms: "Tiempo", detail: "Resultado", fix: "Qué cambiar" },
  ms: "{ms} ms",
  statuses: { ok: "OK", warning: "Atención", failed: "Falló", skipped: "Sin verificar" },
  checks: {
    rest: "REST de Protheus y versión",
    token: "Token de acceso",
    packageVersion: "Versión del paquete del PGV",
    security: "Security (llamada sin token)",
    rowStamp: "UseRowStamp (diff de sincronización)",
    companies: "PrepareIn y empresas/sucursales",
    mingleSet: "Empresa y sucursal del alias en Mingle",
    orderJob: "Job de la cola de pedidos (TGVA002JOB)",
    endpoint: "Endpoint opcional: {name}",
    sgeAuth: "SGE: usuario de integración",
    sgeSentence: "SGE: consulta {name}",
  },
  endpoints: {
    privileges: "privilegios de menú y acción",
    stock: "stock en línea",
    indicatorCards: "indicadores (tarjetas)",
    indicatorCharts: "indicadores (gráficos)",
    quotations: "presupuestos",
    quotationsQueue: "cola de presupuestos",
    customerWrites: "registro de clientes",
    customersQueue: "cola de registro de clientes",
    prospects: "prospectos",
    prospectsQueue: "cola de registro de prospectos",
    contactWrites: "registro de contactos",
    contactsQueue: "cola de registro de contactos",
    salesTaxes: "impuestos (planilla financiera)",
  },
  detail: {
    restVersion: "El REST respondió: Protheus {release}, AppServer {build}.",
    restAnswered: "El REST respondió, pero sin informar la versión.",
    noAnswer: "El ERP no respondió (conexión rechazada o tiempo agotado).",
    callFailed: "El ERP respondió con el error HTTP {status}.",
    invalidAnswer: "El ERP respondió en un formato inesperado.",
    timedOut: "La verificación no terminó en {seconds} s.",
    tokenAccepted: "El ERP aceptó el token de la sesión y respondió.",
    tokenGranted: "El ERP emitió el token (OAuth2) y lo aceptó en una llamada.",
    badCredentials: "El ERP rechazó el usuario o la contraseña.",
    unknownAlias: "El alias {alias} no está configurado.",
    packageVersion: "Paquete {version} (mínimo {minimum}), release {release}.",
    packageOutdated: "El ERP tiene el paquete {version}, por debajo del mínimo {minimum}.",
    versionMissing: "El ERP no tiene el endpoint de versión del paquete ({path}).",
    anonymousRefused: "Una llamada sin token fue rechazada, como debe ser.",
    anonymousAnswered: "Una llamada sin token fue atendida: el AppServer ejecuta todo como administrador.",
    restUrlUnknown:
      "El alias de Mingle no informa la URL del REST (parámetro REST_URL): no hay cómo llamar al AppServer sin token.",
    rowStampOk: "El diff de {entity} trajo las filas modificadas.",
    rowStampEmpty: "Los diffs ({entities}) no trajeron ninguna fila, aunque las listas tienen datos.",
    rowStampNoData: "Ninguna de las entidades ({entities}) tiene datos para comparar lista y diff.",
    companiesOk: "El ERP abre {tenants}.",
    companiesMissing: "El ERP no abre {tenants} para este usuario.",
    companiesExtra: "El ERP abre {tenants}, pero también las empresas {companies}, que ningún alias del portal usa.",
    mingleSetOk: "El alias de Mingle abre la empresa {company}, sucursal {branch}.",
    mingleSetMissing: "El alias de Mingle no tiene empresa y sucursal (EMPRESA/FILIAL).",
    mingleSetUnknown: "La empresa {company}, sucursal {branch} del alias de Mingle no existe en el ERP.",
    queueEmpty: "Ningún pedido esperando en la cola.",
    queueRecent:
      "{count, plural, one {# pedido esperando} other {# pedidos esperando}}; el más antiguo llegó hace {minutes} min.",
    queueStale:
      "{count, plural, one {# pedido esperando} other {# pedidos esperando}}; el más antiguo llegó hace {minutes} min (el job procesa en hasta 60 min).",
    endpointPresent: "{path} responde.",
    endpointMissing: "{path} no existe en este ERP (404): la función queda oculta en el portal.",
    endpointFailed: "{path} respondió con error{status, select, none {} other { HTTP {status}}}.",
    sgeAuthOk: "RM aceptó el usuario de integración.",
    sgeAuthRefused: "RM rechazó el usuario de integración (HTTP 401).",
    sentenceOk: "Respondió {rows, plural, one {# fila} other {# filas}} con las columnas esperadas.",
    sentenceAnswered: "Respondió {rows, plural, one {# fila} other {# filas}}.",
    sentenceEmpty: "Respondió sin filas para los parámetros de prueba; las columnas no pudieron verificarse.",
    sentenceColumns: "Faltan las columnas {columns}.",
    sentenceMissing: "La consulta {code} no está registrada en RM (coligada {coligada}, sistema {system}).",
    sentenceNotArray: "La consulta {code} no respondió una lista de filas.",
    needsRest: "Depende del REST, que falló.",
    needsToken: "Depende del token, que falló.",
    needsSgeAuth: "Depende del usuario de integración del SGE, que falló.",
    needsMingleSet: "Depende de la empresa y sucursal del alias de Mingle, que fallaron.",
  },
  fix: {
    restConfig:
      "Confirme que el AppServer está activo y el REST habilitado en appserver.ini: [HTTPV11] Enable=1 y Sockets=HTTPREST; [HTTPREST] Port y URIs=HTTPURI; [HTTPURI] URL=/rest. La restUrl del alias en ERP_ALIASES debe terminar en /rest.",
    restVersion:
      "El REST no informa la versión en totvs/environment: confirme que es el REST 2.0 de Protheus (secciones [HTTPV11], [HTTPREST] y [HTTPURI] de appserver.ini) y que la restUrl del alias apunta a él.",
    tokenConfig:
      "El ERP rechazó el token: verifique que el OAuth2 del REST (api/oauth2/v1/token) está activo y que el reloj del AppServer es correcto; luego entre de nuevo al portal.",
    credentials:
      "Verifique el usuario y la contraseña (--user/--password, o DOCTOR_USER/DOCTOR_PASSWORD) y que el usuario no está bloqueado en el Configurador (SIGACFG).",
    aliasConfig:
      "Registre el alias en ERP_ALIASES (restUrl y tenants) o, en modo Mingle, en el registro de alias de Mingle.",
    updatePackage:
      "Aplique en el RPO el paquete del PGV {minimum} o más reciente y reinicie el AppServer; sin él el portal rechaza el login (el mínimo viene de ERP_MIN_PACKAGE_VERSION).",
    installPackage:
      "Aplique en el RPO el paquete del PGV (publica api/tgv/version) o apunte ERP_ALIASES.{alias}.endpoints.version al endpoint de versión de su ERP.",
    securityKey:
      "Defina Security=1 en la sección [HTTPREST] de appserver.ini (la sección citada en Sockets de [HTTPV11]) y reinicie el AppServer.",
    mingleRestUrl:
      "Informe el parámetro REST_URL en el alias de Mingle para que el portal pueda verificar el Security del AppServer.",
    rowStamp:
      "Defina UseRowStamp=1 en dbaccess.ini y reinicie el DBAccess: las tablas reciben la columna S_T_A_M_P_ y los diffs de sincronización traen las filas modificadas después de eso.",
    prepareInMissing:
      "Incluya las empresas en PrepareIn de la sección [HTTPURI] de appserver.ini (ej.: PrepareIn=01,02) y dé al usuario acceso a {tenants} en el Configurador; o corrija los tenants del alias en ERP_ALIASES.",
    prepareInExtra:
      "Restrinja PrepareIn de la sección [HTTPURI] de appserver.ini a las empresas que el portal usa (en lugar de All), para que el cambio de sucursal no ofrezca {companies}.",
    mingleSet: "Registre al menos una empresa y una sucursal (parámetros EMPRESA y FILIAL) en el alias de Mingle.",
    mingleSetUnknown: "Corrija EMPRESA y FILIAL en el alias de Mingle a una empresa y sucursal que existan en el ERP.",
    orderJob:
      "Programe el TGVA002JOB en el Schedule de Protheus (SIGACFG, Schedule) o inclúyalo en Jobs de la sección [ONSTART] de appserver.ini, y revise la consola del AppServer: sin el job los pedidos no salen de la cola.",
    endpointMissing:
      "{source, select, totvs {Es una API estándar de TOTVS: actualice Protheus a una versión que la publique} pgv {Es parte del paquete del PGV: aplique el paquete en el RPO} other {Es un endpoint que publica el equipo Protheus del cliente (README)}}, o apunte ERP_ALIASES.{alias}.endpoints.{key} adonde su ERP lo sirve.",
    endpointFailed:
      "El endpoint existe pero falló: vea el error en la consola del AppServer, o apunte ERP_ALIASES.{alias}.endpoints.{key} a la ruta correcta.",
    sgeAuth:
      "Verifique user y password en SGE_CONNECTIONS.{alias} y que el usuario de integración puede ejecutar consultas SQL en RM.",
    sgeUnreachable: "Verifique la url (…/rm/api) en SGE_CONNECTIONS.{alias} y que el servidor de RM está activo.",
    sentenceRegister:
      "Registre la consulta {code} en RM (Gestión, Consultas SQL) con el SQL del README, en la coligada {coligada} y sistema {system}; o informe en SGE_CONNECTIONS.{alias}.consulta.{key} el código que usó su equipo.",
    sentenceColumns: "Ajuste el SQL de la consulta {code} para devolver las columnas listadas en el README.",
    sentenceFailed:
      "Vea el error de la consulta {code} en el log de RM (Consultas SQL) y verifique los parámetros que declara.",
    timedOut:
      "Verifique la red entre el portal y el ERP y la carga del AppServer; el límite de cada llamada es ERP_TIMEOUT_MS.",
    erpFailure: "Vea el error en la consola del AppServer (o de RM) a la hora de este diagnóstico.",
  },
};
