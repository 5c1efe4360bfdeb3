# test/lib/own_cluster.sh: sourced by client tests that need a cluster of
# their own (special settings, or a crash that must not take the test
# runner's cluster down).  run_in_own_cluster re-runs the calling script
# inside a fresh pg_virtualenv cluster on a free port, with the outer
# cluster's environment forgotten, passing its arguments on to
# pg_virtualenv (e.g. -o shared_preload_libraries=pg_cron); it returns the
# inner run's exit status.  Inside, OWN_CLUSTER_INNER is set.

run_in_own_cluster() {
    local port status=0
    # A free port (inside pg_virtualenv, PGPORT names the runner's cluster,
    # which pg_createcluster would otherwise try to reuse).
    port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    env -u PGSYSCONFDIR -u PG_CLUSTER_CONF_ROOT -u PGHOST -u PGDATABASE -u PGUSER \
        -u PGPASSWORD -u PGSERVICE -u PGDATA -u PG_CONFIG -u PGVERSION \
        PGPORT="$port" OWN_CLUSTER_INNER=1 \
        pg_virtualenv -t -v 15 "$@" bash "$0" || status=$?
    return "$status"
}
