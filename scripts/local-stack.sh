#!/usr/bin/env bash
# The docker-compose topology as local processes: a durable redis-server (AOF,
# noeviction) on port 6390 under var/redis, one `srok worker` and one `srok serve`.
# Mail goes where config says (the outbox by default; SROK_SMTP_URL with
# mail.transport: smtp). Ctrl-C stops all three.
#
#   npm run local                          # config/, outbox in var/outbox
#   SROK_CONFIG_DIR=config/examples/production SROK_SMTP_URL=smtp://127.0.0.1:1025 npm run local
set -euo pipefail
cd "$(dirname "$0")/.."

port="${SROK_LOCAL_REDIS_PORT:-6390}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:${port}}"
srok=(node --import tsx src/cli/main.ts)
pids=()

stop() {
  trap - INT TERM EXIT
  echo "local: stopping ${pids[*]:-nothing}"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

if ! command -v redis-server >/dev/null 2>&1; then
  echo "local: redis-server is not installed; apt-get install redis-server (or set REDIS_URL to a Redis of yours)" >&2
  exit 2
fi
if [[ "$REDIS_URL" == "redis://127.0.0.1:${port}" ]] && ! (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
  mkdir -p var/redis
  redis-server --port "$port" --bind 127.0.0.1 --dir "$PWD/var/redis" --appendonly yes --appendfsync everysec \
    --maxmemory-policy noeviction --save '' --daemonize no --logfile "$PWD/var/redis/redis.log" &
  pids+=($!)
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null && break; sleep 0.1; done
  echo "local: redis-server on 127.0.0.1:${port}, AOF in var/redis"
fi

if [ -z "${SROK_API_TOKENS:-}" ]; then
  SROK_API_TOKENS="$(node -e "process.stdout.write(require('node:crypto').randomBytes(24).toString('hex'))")"
  export SROK_API_TOKENS
  echo "local: SROK_API_TOKENS was not set; this run's operator token is ${SROK_API_TOKENS}"
fi

"${srok[@]}" worker --pretty &
pids+=($!)
"${srok[@]}" serve --port "${SROK_LOCAL_HTTP_PORT:-8080}" &
pids+=($!)
echo "local: worker and HTTP server started (http://127.0.0.1:${SROK_LOCAL_HTTP_PORT:-8080}/, basic auth with the token as password); inbox: var/inbox"
wait -n
echo "local: a process ended; stopping the others" >&2
exit 1
