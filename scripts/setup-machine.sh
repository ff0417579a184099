#!/usr/bin/env bash
# Installs what the test suite needs on a fresh machine of this kind: Debian Chromium for Playwright
# and PostgreSQL for the PostgreSQL-mode tests. Idempotent; needs root for apt-get (CI runs as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

need=()
[ -x /usr/bin/chromium ] || need+=(chromium fonts-liberation)
[ -d /usr/lib/postgresql ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "setup: need root to install ${need[*]}" >&2; exit 1; fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# apt cannot start services here (policy-rc.d), so start the cluster ourselves.
V=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$V main .* online"; then
  pg_lsclusters -h | grep -q "^$V main" || pg_createcluster "$V" main >/dev/null
  pg_ctlcluster "$V" main start
fi
psql_admin() { su postgres -c "psql -qtAc \"$1\""; }
psql_admin "SELECT 1 FROM pg_roles WHERE rolname='pgv'" | grep -q 1 || psql_admin "CREATE ROLE pgv LOGIN PASSWORD 'pgv'"
for db in pgv_test pgv_e2e pgv_bench; do
  psql_admin "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1 || psql_admin "CREATE DATABASE $db OWNER pgv"
done
