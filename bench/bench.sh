# ./ntm bench: the benchmark of docs/benchmarks.md (issue 7; decisions 0070-0072).
# Sourced by ./ntm (cmd_bench), so it runs with ntm's helpers (start_app, stop_component, pg_*, build_apps, say, ...)
# and its settings (ROOT, STATE_DIR, DB_SUFFIX, PG_PORT, KEYCLOAK_URL). Nothing here is needed by ./ntm up or ./ntm test.
#
# What it does, from a known state and back:
#   1. notes what runs now (the services of ./ntm up and their databases) and stops the services (Keycloak stays);
#   2. recreates the databases ntm_<service>_bench empty and starts each service on them, one at a time, timing it
#      to ready; the gateway with the status API's per-client limit raised for the load driver (NTM_STATUS_*);
#   3. loads Sơn La (204 communes) through the batch APIs (loader bench), measures the reads and the saves with wrk at
#      1, 8 and 32 connections and the same reads as SQL with pgbench; then the rest of the country (--communes) and
#      measures again; query plans; resident memory; restarts each service with the country loaded;
#   4. writes docs/benchmarks.md, stops the bench services, drops ntm_<service>_bench (unless --keep) and starts again
#      what ran before, on its own databases.

BENCH_SUFFIX=_bench
BENCH_YEAR=2020
BENCH_PROVINCE=14
BENCH_DISTRICT=125
BENCH_COMMUNE=04120
# JVM flags of the services in the benchmark (ADR 0072): a small heap that gives memory back (serial collector on 2 cores),
# bounded metaspace and code cache; NTM_JAVA_OPTS replaces them.
BENCH_JAVA_OPTS="-XX:+UseSerialGC -Xms32m -Xmx160m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:CICompilerCount=2 -Xss512k"
# glibc's malloc keeps an arena per core and thread group; two are enough for a JVM and keep tens of MB off the RSS
BENCH_MALLOC_ARENA_MAX=2
# pgbench connections: 1 and 8 (the targets are at 8); wrk measures 1, 8 and 32
BENCH_PGBENCH_CONNECTIONS=(1 8)

bench_usage() {
  cat <<'EOF'
Usage: ./ntm bench [--communes N] [--seed S] [--duration SECONDS] [--loader-threads T] [--keep] [--wait-quiet SECONDS]

  --communes N       commune-level units of the country (default 10600; 204 = Sơn La alone)
  --seed S           seed of the synthetic country (default 7); the same seed gives the same data
  --duration SECONDS length of each wrk and pgbench run (default 5)
  --loader-threads T parallel batch requests of the loader (default 3)
  --keep             keep the databases ntm_<service>_bench afterwards (default: dropped)
  --wait-quiet S     wait up to S seconds for the machine to be quiet (load average < 0.5) before measuring
  --no-doc           do not rewrite docs/benchmarks.md (the results stay in .ntm/bench/<run>/)

Needs ./ntm up first (Keycloak with the demo realm). Installs wrk (Debian package) when missing.
EOF
}

bench_main() {
  local communes=10600 seed=7 duration=5 loader_threads=3 keep=false wait_quiet=0 write_doc=true args="$*"
  while (( $# )); do
    case "$1" in
      --communes) communes="$2"; shift 2 ;;
      --seed) seed="$2"; shift 2 ;;
      --duration) duration="$2"; shift 2 ;;
      --loader-threads) loader_threads="$2"; shift 2 ;;
      --keep) keep=true; shift ;;
      --wait-quiet) wait_quiet="$2"; shift 2 ;;
      --no-doc) write_doc=false; shift ;;
      -h | --help) bench_usage; return 0 ;;
      *) bench_usage >&2; die "unknown option '$1' for ./ntm bench" ;;
    esac
  done
  [[ "$communes" =~ ^[0-9]+$ ]] && (( communes >= 204 )) || die "--communes must be a number >= 204 (Sơn La has 204)"
  [[ "$duration" =~ ^[0-9]+$ ]] && (( duration >= 2 )) || die "--duration must be a number of seconds >= 2"

  BENCH_T0="$(date +%s)"
  BENCH_DIR="$ROOT/bench"
  BENCH_RUN="$STATE_DIR/bench/$(date -u +%Y%m%dT%H%M%SZ)"
  BENCH_DURATION="$duration"
  mkdir -p "$BENCH_RUN"
  printf '%s\n' "./ntm bench${args:+ $args}" >"$BENCH_RUN/command"
  printf '%s %s\n' "$BENCH_T0" "start" >"$BENCH_RUN/phases"
  printf '%s answers at 8 connections (at most %s s)\n' "$(( 2 * BENCH_WARMUP_REQUESTS ))" "$BENCH_WARMUP_MAX" >"$BENCH_RUN/warmup"
  say "bench results in ${BENCH_RUN#"$ROOT"/}"

  bench_tools
  bench_machine
  bench_quiet "$wait_quiet" start
  http_ok "$KEYCLOAK_REALM_URL/.well-known/openid-configuration" ||
    die "Keycloak (realm ntm) is not running on $KEYCLOAK_URL: start the stack with ./ntm up first"

  # What runs now, to start again afterwards.
  BENCH_PREVIOUS_APPS=()
  local n prev_suffix=""
  for n in $(present_apps); do
    if running_pid "$n" >/dev/null; then BENCH_PREVIOUS_APPS+=("$n"); fi
  done
  prev_suffix="$(stack_db_suffix 2>/dev/null || true)"
  BENCH_PREVIOUS_SUFFIX="$prev_suffix"
  BENCH_KEEP="$keep"
  if [[ -n "${NTM_JAVA_OPTS+set}" ]]; then BENCH_CALLER_JAVA_OPTS="$NTM_JAVA_OPTS"; fi
  if [[ -n "${MALLOC_ARENA_MAX+set}" ]]; then BENCH_CALLER_MALLOC="$MALLOC_ARENA_MAX"; fi
  trap 'bench_restore' EXIT
  trap 'exit 130' INT TERM
  bench_sample_load &
  BENCH_SAMPLER=$!

  step "bench [1/6] stopping the running services (Keycloak stays); databases ntm_<service>$BENCH_SUFFIX recreated empty"
  for n in gateway funding-service assessment-service criteria-service; do stop_component "$n" >/dev/null || true; done
  DB_SUFFIX="$BENCH_SUFFIX"
  DB_SUFFIX_CHOSEN=true
  pg_running
  pg_drop_suffixed "$BENCH_SUFFIX"
  pg_init
  build_apps $(present_apps)
  bench_build_loader
  bench_snapshot_apps

  # The services run with the JVM flags of a deployment sized for this machine (ADR 0072), unless NTM_JAVA_OPTS says
  # otherwise; ./ntm up's default (-Xmx512m) lets a heap grow far past the 250 MB target, which measures nothing.
  export NTM_JAVA_OPTS="${NTM_JAVA_OPTS:-$BENCH_JAVA_OPTS}"
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-$BENCH_MALLOC_ARENA_MAX}"
  printf '%s (MALLOC_ARENA_MAX=%s)\n' "$NTM_JAVA_OPTS" "$MALLOC_ARENA_MAX" >"$BENCH_RUN/java-opts"

  # The load driver is one client: the status API's per-client budget (ADR 0043) must not throttle it.
  export NTM_STATUS_BURST=100000000 NTM_STATUS_REFILL=100000000 NTM_STATUS_REFILL_PERIOD=PT1S

  step "bench [2/6] starting each service alone on its empty database (migrations and seeding), timed to ready"
  # the AOT caches for the benchmark's JVM flags (trained on scratch databases: the first start below is still on
  # empty ones); ./ntm up trains its own for its flags
  aot_train_apps $(present_apps)
  bench_phase "build and start"
  bench_start_all first-start
  sleep 5
  bench_rss rest-empty

  step "bench [3/6] Sơn La: 204 communes loaded through the batch APIs, then measured"
  bench_phase "services started"
  bench_load 204 "$seed" "$loader_threads"
  bench_phase "Sơn La loaded"
  bench_measure 204
  bench_phase "measured at 204"

  if (( communes > 204 )); then
    step "bench [4/6] the country: $communes communes loaded beside Sơn La, then measured again"
    bench_load "$communes" "$seed" "$loader_threads"
    bench_phase "the country loaded"
    bench_measure "$communes"
    bench_phase "measured at $communes"
  else
    step "bench [4/6] (--communes 204: no other provinces)"
  fi
  bench_rss after-load
  bench_plans

  step "bench [5/6] restarting each service with the country loaded, timed to ready"
  local app
  for app in gateway funding-service assessment-service criteria-service; do stop_component "$app" >/dev/null || true; done
  bench_start_all restart
  sleep 5
  bench_rss rest-loaded
  bench_phase "plans, restarts"

  bench_quiet 0 end
  printf '%s\n' "$(( $(date +%s) - BENCH_T0 ))" >"$BENCH_RUN/elapsed-seconds"
  step "bench [6/6] report"
  local doc_args=()
  if $write_doc; then doc_args=(--doc "$ROOT/docs/benchmarks.md"); fi
  java -jar "$LOADER_JAR" bench-report --results "$BENCH_RUN" "${doc_args[@]}" ||
    die "the report could not be written (results: ${BENCH_RUN#"$ROOT"/})"
  say "bench done in $(( $(date +%s) - BENCH_T0 ))s; ${write_doc:+docs/benchmarks.md rewritten; }results in ${BENCH_RUN#"$ROOT"/}"
}

# A mark in the run's time line (the page gives each phase's duration).
bench_phase() {
  printf '%s %s\n' "$(date +%s)" "$1" >>"$BENCH_RUN/phases"
}

# The machine, for the page: CPU, cores, memory, system, and the versions of what is measured.
bench_machine() {
  {
    printf 'CPU: %s\n' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
    printf 'cores: %s\n' "$(nproc)"
    printf 'RAM: %s GB\n' "$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
    printf 'system: %s, kernel %s\n' "$(. /etc/os-release 2>/dev/null; echo "${PRETTY_NAME:-?}")" "$(uname -r)"
    printf 'Java (services): %s%s\n' "$("$(service_java)" -version 2>&1 | head -n1)" \
      "$(service_java_aot >/dev/null && echo ', aot-jar with an AOT cache per service (ADR 0085)' || echo ', fast-jar, no AOT cache')"
    printf 'PostgreSQL: %s\n' "$(PGPASSWORD=ntm_criteria psql -X -h 127.0.0.1 -p "$PG_PORT" -U ntm_criteria -d postgres -tAc 'show server_version' 2>/dev/null || echo '?')"
    printf 'wrk: %s\n' "$(wrk --version 2>&1 | head -n1 | cut -d' ' -f1-2)"
  } >"$BENCH_RUN/machine"
}

# wrk from Debian's packages (installed when missing), pgbench from PostgreSQL's.
bench_tools() {
  if ! command -v wrk >/dev/null 2>&1; then
    say "wrk is not installed; installing the Debian package 'wrk' (apt-get)"
    need apt-get "install wrk by hand (https://github.com/wg/wrk)"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get install -y -q wrk >/dev/null || { as_root apt-get update -q >/dev/null; as_root apt-get install -y -q wrk >/dev/null; } ||
      die "apt-get could not install wrk"
  fi
  need pgbench "install PostgreSQL's client tools (pgbench ships with the postgresql package)"
  need curl "install curl"
}

# The applications and the loader run from a copy taken now (.ntm/bench/apps/): other work in the same tree (a Maven
# build, a test run) rewrites */target/ while the benchmark runs, and a jar replaced under a running benchmark would
# fail a restart or measure other code. ./ntm's app_jar is pointed at the copy until bench_restore.
bench_snapshot_apps() {
  local n dir apps="$STATE_DIR/bench/apps"
  mkdir -p "$apps"
  for n in $(present_apps); do
    dir="$ROOT/$(app_field "$n" 2)/target/quarkus-app"
    [[ -f "$dir/quarkus-run.jar" ]] || die "$n has no build in ${dir#"$ROOT"/} (it was removed while the benchmark started: run again)"
    rm -rf "$apps/$n.tmp"
    cp -a "$dir" "$apps/$n.tmp" || die "could not copy $n's build"
    rm -rf "$apps/$n"
    mv "$apps/$n.tmp" "$apps/$n"
  done
  cp "$LOADER_JAR" "$apps/ntm-loader.jar" || die "could not copy the loader"
  LOADER_JAR="$apps/ntm-loader.jar"
  BENCH_APPS_DIR="$apps"
  eval "ntm_app_jar() $(declare -f app_jar | tail -n +2)"
  app_jar() {
    if [[ -n "${BENCH_APPS_DIR:-}" ]]; then echo "$BENCH_APPS_DIR/$1/quarkus-run.jar"; else ntm_app_jar "$1"; fi
  }
  {
    (cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null) | tr -d '\n'
    if [[ -n "$(cd "$ROOT" && git status --porcelain --untracked-files=no -- $(for n in $(present_apps); do app_field "$n" 2; done) service-commons criteria-rules loader 2>/dev/null)" ]]; then
      printf ' with uncommitted changes in the services'"'"' sources'
    fi
    echo
  } >"$BENCH_RUN/commit" || true
  say "running the applications from a copy of their builds (${apps#"$ROOT"/}), commit $(cat "$BENCH_RUN/commit" 2>/dev/null)"
}

# The 1-minute load average every 5 s while the benchmark runs (the page gives its range during the measurements).
bench_sample_load() {
  while true; do
    printf '%s %s\n' "$(date +%s)" "$(cut -d' ' -f1 /proc/loadavg)" >>"$BENCH_RUN/loadavg-samples"
    sleep 5
  done
}

bench_build_loader() {
  if [[ ! -f "$LOADER_JAR" || -n "$(find "$ROOT/loader" \( -name target \) -prune -o -type f \( -path '*/src/main/*' -o -name pom.xml \) -newer "$LOADER_JAR" -print -quit)" ]]; then
    say "building the loader (./mvnw -B -q package -DskipTests -pl loader -am)"
    ./mvnw -B -q package -DskipTests -pl loader -am || die "the loader's build failed"
  fi
}

# Load average and the heavy processes of others at the start or end of the run (docs/benchmarks.md says them);
# with a wait, waits until the 1-minute load average is below 0.5.
bench_quiet() {
  local wait="$1" when="$2" load i
  for (( i = 0; i <= wait; i += 15 )); do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    if awk -v l="$load" 'BEGIN { exit !(l < 0.5) }'; then break; fi
    if (( i + 15 <= wait )); then say "load average $load; waiting for a quiet machine ($i/${wait}s)"; sleep 15; fi
  done
  [[ "$when" == start ]] && printf '%s\n' "$(( i > wait ? wait : i ))" >"$BENCH_RUN/waited-quiet"
  cut -d' ' -f1-3 /proc/loadavg >"$BENCH_RUN/loadavg-$when"
  ps -eo pcpu,comm,args --sort=-pcpu | awk 'NR > 1 && $1 > 5.0' | grep -Ei 'maven|mvn|plexus|node|chrom|vite|surefire' \
    | cut -c1-160 >"$BENCH_RUN/busy-$when" || true
  # before a measurement the CPU share is what counts: the load average still carries the loading that came before
  if [[ -f "$BENCH_RUN/cpu-$when" ]] && (( $(cut -d' ' -f1 "$BENCH_RUN/cpu-$when") < 15 )); then return 0; fi
  if ! awk -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { exit !(l < 0.5) }'; then
    warn "load average $(cut -d' ' -f1-3 /proc/loadavg) at the $when of the run: the figures are not taken on a quiet machine (the page says so)"
  fi
}

# Share of the CPU (all cores) busy over a 2-second sample, in percent, from /proc/stat (idle and iowait count as idle).
bench_cpu_busy() {
  local a b
  a="$(awk '/^cpu /{ print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6 }' /proc/stat)"
  sleep 2
  b="$(awk '/^cpu /{ print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6 }' /proc/stat)"
  awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " "); t = y[1] - x[1]; i = y[2] - x[2];
    printf "%.0f", (t > 0 ? 100 * (1 - i / t) : 0) }'
}

# Before measuring: waits (at most 60 s) until the CPU is idle — under 15 % busy over 2 s — after the loading, vacuum and
# analyze before it. The load average lags a minute behind and would make every measurement after a load wait minutes
# for nothing; what it and the CPU share were when the reads began is recorded for the page either way.
bench_settle() {
  local when="$1" busy i
  for (( i = 0; i < 60; i += 2 )); do
    busy="$(bench_cpu_busy)"
    (( busy < 15 )) && break
  done
  printf '%s %% busy (after %s s of waiting)\n' "$busy" "$i" >"$BENCH_RUN/cpu-$when"
  say "CPU ${busy} % busy before the $when measurements (waited ${i} s)"
}

# Starts every application, one after the other, each timed from launch to its readiness probe (polled every 50 ms).
bench_start_all() {
  local what="$1" n t0 t1 port out="$BENCH_RUN/ready-$1"
  : >"$out"
  for n in criteria-service assessment-service funding-service gateway; do
    app_present "$n" || continue
    port="$(app_field "$n" 3)"
    t0="$(date +%s%N)"
    start_app "$n" >/dev/null
    while ! curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
      running_pid "$n" >/dev/null || fail_start "$n" "it exited before it became ready"
      (( ($(date +%s%N) - t0) / 1000000000 < APP_TIMEOUT )) || fail_start "$n" "not ready after ${APP_TIMEOUT}s"
      sleep 0.05
    done
    t1="$(date +%s%N)"
    printf '%s %s %s\n' "$n" "$(( (t1 - t0) / 1000000 ))" "$(bench_started_in "$n")" >>"$out"
    say "$n ready in $(( (t1 - t0) / 1000000 )) ms ($what)"
  done
}

# Quarkus' own figure ("started in 1.234s") from the log, for comparison with the wall-clock time to ready.
bench_started_in() {
  grep -oE 'started in [0-9.]+s' "$LOG_DIR/$1.log" 2>/dev/null | tail -n1 | grep -oE '[0-9.]+' || echo "-"
}

# Resident memory of each application (VmRSS of its JVM) and its heap in use, in MB.
bench_rss() {
  local n pid out="$BENCH_RUN/rss-$1"
  : >"$out"
  for n in criteria-service assessment-service funding-service gateway; do
    pid="$(running_pid "$n")" || continue
    printf '%s %s\n' "$n" "$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")" >>"$out"
  done
}

bench_load() {
  local communes="$1" seed="$2" threads="$3" t0
  t0="$(date +%s%N)"
  java -jar "$LOADER_JAR" bench --communes "$communes" --seed "$seed" --threads "$threads" --wait 60 \
      --keycloak "$KEYCLOAK_URL" --criteria http://localhost:8081 --assessment http://localhost:8082 --funding http://localhost:8083 \
      --out "$BENCH_RUN/load-$communes.json" 2>&1 | tee "$BENCH_RUN/load-$communes.log" | sed 's/^/  /'
  [[ "${PIPESTATUS[0]}" == 0 ]] || die "the bench loader failed (log: ${BENCH_RUN#"$ROOT"/}/load-$communes.log)"
  say "loaded in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  # the statistics the planner uses, as autovacuum would have them after a while
  local s
  for s in "${PG_SERVICES[@]}"; do
    PGPASSWORD="ntm_$s" psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "ntm_$s" -d "$(service_db "$s")" -c 'vacuum analyze' >/dev/null 2>&1 ||
      warn "vacuum analyze of $(service_db "$s") failed"
  done
}

# A token of a demo user (password grant on ntm-cli) or of external-demo (client credentials), fresh for each run: a
# run never outlasts the 15-minute lifetime.
bench_token() {
  local answer
  if [[ "$1" == external-demo ]]; then
    answer="$(curl -fsS -d grant_type=client_credentials -d client_id=external-demo -d client_secret=external-demo-secret \
              "$KEYCLOAK_REALM_URL/protocol/openid-connect/token")"
  else
    answer="$(curl -fsS -d grant_type=password -d client_id=ntm-cli -d username="$1" -d password=ntm-demo \
              "$KEYCLOAK_REALM_URL/protocol/openid-connect/token")"
  fi
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$answer"
}

# Warm-up before a measurement: 8 connections until 2 x BENCH_WARMUP_REQUESTS answers (at most BENCH_WARMUP_MAX seconds),
# so a read is measured after the same amount of compiled code on a fast or a busy machine (bench/wrk/warmup.lua).
BENCH_WARMUP_REQUESTS=150
BENCH_WARMUP_MAX=20
bench_warmup() {
  local port="$1" path="$2" token="$3" done=0 t0 n
  t0="$(date +%s)"
  # wrk cannot stop after a number of requests (a stopped thread still waits for -d): runs of 1 s until enough
  while (( done < 2 * BENCH_WARMUP_REQUESTS && $(date +%s) - t0 < BENCH_WARMUP_MAX )); do
    n="$(NTM_BENCH_PATH="$path" NTM_BENCH_TOKEN="$token" wrk -t2 -c8 -d1s --timeout 10s -s "$BENCH_DIR/wrk/warmup.lua" \
           "http://127.0.0.1:$port" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')"
    done=$(( done + ${n:-0} ))
  done
}

# wrk against the gateway on 127.0.0.1: LABEL PATH USER at 1, 8 and 32 connections, after a short warm-up.
bench_wrk_read() {
  local scale="$1" label="$2" path="$3" user="$4" c token
  token="$(bench_token "$user")"
  [[ -n "$token" ]] || die "no token for $user from Keycloak"
  # the first answer must be a 200: a benchmark of refusals would measure nothing
  local status
  status="$(curl -s -o "$BENCH_RUN/sample-$label-$scale.json" -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:8080$path")"
  [[ "$status" == 200 ]] || die "$label: GET $path answered $status, not 200 (sample in ${BENCH_RUN#"$ROOT"/}/sample-$label-$scale.json)"
  bench_warmup 8080 "$path" "$token"
  for c in 1 8 32; do
    NTM_BENCH_DIR="$BENCH_DIR" NTM_BENCH_PATH="$path" NTM_BENCH_TOKEN="$token" NTM_BENCH_LABEL="$label" \
      wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${BENCH_DURATION}s" --timeout 10s -s "$BENCH_DIR/wrk/read.lua" http://127.0.0.1:8080 \
      | sed -n "s/^NTM-BENCH //p" | sed "s/^{/{\"scale\":$scale,\"connections\":$c,\"path\":\"$(bench_sed_escape "$path")\",/" >>"$BENCH_RUN/wrk.jsonl"
    bench_show_last
  done
}

# The services a composed read calls, each alone at 8 connections with the same token (no gateway): where the time goes.
bench_wrk_direct() {
  local scale="$1" label="$2" port="$3" path="$4" user="$5" token status
  token="$(bench_token "$user")"
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path")"
  [[ "$status" == 200 ]] || { warn "$label: GET :$port$path answered $status, not 200; not measured"; return 0; }
  bench_warmup "$port" "$path" "$token"
  NTM_BENCH_DIR="$BENCH_DIR" NTM_BENCH_PATH="$path" NTM_BENCH_TOKEN="$token" NTM_BENCH_LABEL="$label" \
    wrk -t2 -c8 -d"${BENCH_DURATION}s" --timeout 10s -s "$BENCH_DIR/wrk/read.lua" "http://127.0.0.1:$port" \
    | sed -n "s/^NTM-BENCH //p" | sed "s/^{/{\"scale\":$scale,\"connections\":8,\"path\":\":$port$(bench_sed_escape "$path")\",/" >>"$BENCH_RUN/wrk.jsonl"
  bench_show_last
}

# Saves: PUT of the whole values map with If-Match, one wrk thread per connection on an assessment of its own.
bench_wrk_saves() {
  local scale="$1" c token ids saves values
  token="$(bench_token coordinator)"
  values="$(cat "$BENCH_RUN/save-values.json")"
  mapfile -t ids <"$BENCH_RUN/save-targets.txt"
  (( ${#ids[@]} >= 32 )) || die "the loader gave ${#ids[@]} assessments to save, 32 needed"
  for c in 1 8 32; do
    saves=""
    local i version
    for (( i = 0; i < c; i++ )); do
      version="$(curl -fsS -o /dev/null -D - -H "Authorization: Bearer $token" "http://127.0.0.1:8080/api/v1/assessments/${ids[$i]}" \
                 | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: *"\{0,1\}\([0-9]*\)"\{0,1\}/\1/p')"
      saves+="${ids[$i]}:${version},"
    done
    local out
    out="$(NTM_BENCH_DIR="$BENCH_DIR" NTM_BENCH_TOKEN="$token" NTM_BENCH_SAVES="$saves" NTM_BENCH_VALUES="$values" NTM_BENCH_LABEL=save \
      wrk -t"$c" -c"$c" -d"${BENCH_DURATION}s" --timeout 10s -s "$BENCH_DIR/wrk/save.lua" http://127.0.0.1:8080)"
    # the statuses of refused saves and the first problem, for the page
    sed -n "s/^NTM-BENCH-REFUSED //p" <<<"$out" >"$BENCH_RUN/save-refused-$scale-c$c.json"
    sed -n "s/^NTM-BENCH //p" <<<"$out" | sed "s/^{/{\"scale\":$scale,\"connections\":$c,\"path\":\"PUT \\/api\\/v1\\/assessments\\/{id}\",/" >>"$BENCH_RUN/wrk.jsonl"
    bench_show_last
  done
}

# A path as the replacement of a sed s/// command: / and & (and \) taken literally.
bench_sed_escape() {
  printf '%s' "$1" | sed 's/[\/&]/\\&/g'
}

bench_show_last() {
  tail -n1 "$BENCH_RUN/wrk.jsonl" | sed 's/"errors".*//; s/"path":"[^"]*",//' | sed 's/^/  /'
}

# The same reads as SQL, straight against the services' databases: pgbench with the statements the services run.
bench_pgbench() {
  local scale="$1" read="$2" svc="$3" script="$BENCH_DIR/sql/$2-$3.sql" c
  [[ -f "$script" ]] || die "missing pgbench script ${script#"$ROOT"/}"
  for c in "${BENCH_PGBENCH_CONNECTIONS[@]}"; do
    local prefix="$BENCH_RUN/pgbench-$read-$svc-$scale-c$c"
    (cd "$BENCH_RUN" && PGPASSWORD="ntm_$svc" pgbench -n -h 127.0.0.1 -p "$PG_PORT" -U "ntm_$svc" -c "$c" -j "$(( c < 2 ? 1 : 2 ))" \
       -T "$BENCH_DURATION" -f "$script" -D province="$BENCH_PROVINCE" -D district="$BENCH_DISTRICT" -D commune="$BENCH_COMMUNE" \
       -D year="$BENCH_YEAR" -D since="$(cat "$BENCH_RUN/feed-since")" -l --log-prefix="${prefix##*/}" \
       "$(service_db "$svc")" >"$prefix.out" 2>&1) ||
      die "pgbench $read on $svc failed: $(tail -n 3 "$prefix.out")"
    printf '{"scale":%s,"read":"%s","service":"%s","connections":%s,"tps":%s}\n' "$scale" "$read" "$svc" "$c" \
      "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$prefix.out" | tail -n1)" >>"$BENCH_RUN/pgbench.jsonl"
  done
  say "  pgbench $read ($svc): $(grep -h '"connections":8,' "$BENCH_RUN/pgbench.jsonl" | grep "\"read\":\"$read\",\"service\":\"$svc\"" | grep "\"scale\":$scale," | sed 's/.*"tps":\([0-9.]*\).*/\1/') tps at 8 connections"
}

bench_measure() {
  local scale="$1"
  [[ -f "$BENCH_RUN/feed-since" ]] || date -u +%Y-%m-%dT%H:%M:%SZ -d "@$BENCH_T0" >"$BENCH_RUN/feed-since"
  local since; since="$(cat "$BENCH_RUN/feed-since")"
  bench_settle "measure-$scale"
  bench_quiet 0 "measure-$scale"
  say "gateway reads (wrk, ${BENCH_DURATION}s each at 1, 8, 32 connections)"
  bench_wrk_read "$scale" province "/api/v1/dashboard/province?year=$BENCH_YEAR" coordinator
  bench_wrk_read "$scale" district "/api/v1/dashboard/districts/$BENCH_DISTRICT?year=$BENCH_YEAR" "district-$BENCH_DISTRICT"
  bench_wrk_read "$scale" scorecard "/api/v1/communes/$BENCH_COMMUNE/scorecard" coordinator
  bench_wrk_read "$scale" status-list "/api/v1/status/communes?page=0&size=100" external-demo
  bench_wrk_read "$scale" status-feed "/api/v1/status/communes?updatedSince=$since&size=100" external-demo
  say "the services behind the province dashboard and the scorecard, called directly (wrk, 8 connections)"
  bench_wrk_direct "$scale" direct-province-assessment 8082 "/api/v1/summary/province/$BENCH_PROVINCE?year=$BENCH_YEAR" coordinator
  bench_wrk_direct "$scale" direct-province-funding 8083 "/api/v1/summary/province/$BENCH_PROVINCE?year=$BENCH_YEAR" coordinator
  bench_wrk_direct "$scale" direct-scorecard-assessment 8082 "/api/v1/communes/$BENCH_COMMUNE/overview" coordinator
  say "saves (wrk, PUT with If-Match)"
  bench_wrk_saves "$scale"
  say "the same reads as SQL (pgbench)"
  bench_pgbench "$scale" province assessment
  bench_pgbench "$scale" province funding
  bench_pgbench "$scale" district assessment
  bench_pgbench "$scale" district funding
  bench_pgbench "$scale" scorecard assessment
  bench_pgbench "$scale" status-list assessment
  bench_pgbench "$scale" status-feed assessment
}

# EXPLAIN (ANALYZE, BUFFERS) of the heaviest statements, with the country loaded.
bench_plans() {
  local f svc
  for f in "$BENCH_DIR"/sql/explain-*.sql; do
    svc="$(basename "$f" .sql)"; svc="${svc##*-}"
    PGPASSWORD="ntm_$svc" psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U "ntm_$svc" -d "$(service_db "$svc")" \
      -v province="'$BENCH_PROVINCE'" -v district="'$BENCH_DISTRICT'" -v commune="'$BENCH_COMMUNE'" -v year="$BENCH_YEAR" -v day="'$BENCH_YEAR-12-31'" \
      -v since="'$(cat "$BENCH_RUN/feed-since")'" -f "$f" >"$BENCH_RUN/plan-$(basename "$f" .sql).txt" 2>&1 ||
      warn "EXPLAIN of $(basename "$f") failed"
  done
}

# Always: stop the bench services, drop their databases unless kept, start again what ran before.
bench_restore() {
  local status=$? n
  trap - EXIT
  if [[ -n "${BENCH_SAMPLER:-}" ]]; then kill "$BENCH_SAMPLER" 2>/dev/null || true; fi
  if [[ "$status" != 0 && -n "${BENCH_RUN:-}" && -d "$BENCH_RUN" && -f "$LOADER_JAR" ]]; then
    # a run cut short still leaves what it measured readable (its own page, not docs/benchmarks.md)
    printf '%s\n' "$(( $(date +%s) - BENCH_T0 ))" >"$BENCH_RUN/elapsed-seconds"
    java -jar "$LOADER_JAR" bench-report --results "$BENCH_RUN" >/dev/null 2>&1 &&
      warn "the run stopped early (status $status); what it measured: ${BENCH_RUN#"$ROOT"/}/benchmarks.md"
  fi
  step "bench: restoring the stack as it was"
  local log
  for log in criteria-service assessment-service funding-service gateway; do
    [[ -f "$LOG_DIR/$log.log" ]] && cp "$LOG_DIR/$log.log" "$BENCH_RUN/$log.log"   # the restart below starts them afresh
  done
  for n in gateway funding-service assessment-service criteria-service; do stop_component "$n" >/dev/null 2>&1 || true; done
  unset NTM_STATUS_BURST NTM_STATUS_REFILL NTM_STATUS_REFILL_PERIOD BENCH_APPS_DIR
  if [[ -z "${BENCH_CALLER_MALLOC+set}" ]]; then unset MALLOC_ARENA_MAX; fi
  if [[ -n "${BENCH_CALLER_JAVA_OPTS+set}" ]]; then export NTM_JAVA_OPTS="$BENCH_CALLER_JAVA_OPTS"; else unset NTM_JAVA_OPTS; fi
  if [[ "$BENCH_KEEP" != true ]]; then pg_drop_suffixed "$BENCH_SUFFIX" >/dev/null 2>&1 || warn "could not drop ntm_<service>$BENCH_SUFFIX"; fi
  if (( ${#BENCH_PREVIOUS_APPS[@]} )); then
    DB_SUFFIX="$BENCH_PREVIOUS_SUFFIX"
    mkdir -p "$RUN_DIR"; printf '%s\n' "$DB_SUFFIX" >"$RUN_DIR/db-suffix"
    for n in "${BENCH_PREVIOUS_APPS[@]}"; do start_app "$n" >/dev/null; done
    for n in "${BENCH_PREVIOUS_APPS[@]}"; do wait_ready "$n" "$APP_TIMEOUT"; done
  else
    rm -f "$RUN_DIR/db-suffix"
  fi
  exit "$status"
}
