#!/usr/bin/env bash
# Installs an OpenCart 3 tree for the end-to-end test (opencart.test.ts): copies the upload/ folder of a release
# (or of `git archive <tag> upload`) to WEB_ROOT and runs OpenCart's CLI installer against a local MariaDB.
# Admin login afterwards: admin / admin123. Serve it with: PHP_CLI_SERVER_WORKERS=4 php -S HOST:PORT -t WEB_ROOT
#
# Usage: install-opencart.sh SOURCE_UPLOAD_DIR WEB_ROOT HTTP_URL DATABASE [DB_HOST] [DB_PORT] [DB_USER] [DB_PASSWORD]
#   e.g. install-opencart.sh /tmp/oc-3.0.5.1/upload /work/oc-rig/3051 http://127.0.0.1:8080/ oc_rig_3051
set -euo pipefail

if [ $# -lt 4 ]; then
  sed -n '2,8p' "$0"
  exit 2
fi
src=$1 root=$2 url=$3 db=$4 host=${5:-127.0.0.1} port=${6:-3306} user=${7:-root} pass=${8:-}

# OpenCart's installer drops and recreates every table of the database it is given.
case "$db" in
  oc_rig_* | oc_e2e_*) ;;
  *) echo "refusing: the database name must start with oc_rig_ or oc_e2e_" >&2; exit 2 ;;
esac
case "$url" in
  */) ;;
  *) url="$url/" ;; # without the slash OpenCart builds URLs like http://host:8080admin/
esac
[ -f "$src/install/cli_install.php" ] || { echo "no install/cli_install.php under $src" >&2; exit 2; }

rm -rf "$root"
mkdir -p "$root"
cp -a "$src/." "$root/"
mysql_args=(-h "$host" -P "$port" -u "$user")
[ -n "$pass" ] && mysql_args+=(-p"$pass")
mariadb "${mysql_args[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
(cd "$root/install" && php cli_install.php install \
  --db_hostname "$host" --db_username "$user" --db_password "$pass" --db_database "$db" \
  --db_driver mysqli --db_port "$port" --username admin --password admin123 \
  --email admin@example.com --http_server "$url")
rm -rf "$root/install"
echo "installed OpenCart in $root for $url (database $db)"
