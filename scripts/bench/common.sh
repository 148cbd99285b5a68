# Shared by the benchmark scripts (run.sh, recrawl.sh): the generated sites and nginx.
# The caller sets: seed, cache (where generated sites are kept), run (a scratch directory),
# gzip (on or off) and, to log each response's status and bytes sent, access_log (a file).
# Sourced, not run.

nginx_pid=
stop_nginx() {
    if [ -n "$nginx_pid" ]; then
        kill -QUIT "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
        nginx_pid=
    fi
}

generator_hash=$(sha256sum scripts/bench/generate_site.py | cut -c1-12)

# The directory of a generated site of $1 pages, generating it when not cached.
site_dir() {
    local pages=$1
    local dir="$cache/site-$pages-$seed-$generator_hash"
    if [ ! -f "$dir/.complete" ]; then
        echo "bench: generating a $pages-page site in $dir" >&2
        rm -rf "$dir" "$dir.tmp"
        python3 scripts/bench/generate_site.py "$dir.tmp" --pages "$pages" --seed "$seed" >/dev/null
        chmod -R a+rX "$dir.tmp"
        mv "$dir.tmp" "$dir"
        touch "$dir/.complete"
    fi
    echo "$dir"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts nginx in the foreground (as a child of this script) serving $1 on 127.0.0.1:$2.
start_nginx() {
    local root=$1 port=$2
    mkdir -p "$run/nginx"
    cat >"$run/nginx/nginx.conf" <<EOF
# One worker: the crawler has the other core. Keep-alive on, gzip $gzip.
worker_processes 1;
daemon off;
pid $run/nginx/nginx.pid;
error_log $run/nginx/error.log warn;
events { worker_connections 1024; }
http {
    types { text/html html; text/plain txt; application/json json; }
    default_type application/octet-stream;
    log_format sent '\$status \$bytes_sent';
    access_log ${access_log:-off}${access_log:+ sent};
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    gzip $gzip;
    gzip_types text/plain;
    # Below the usual 20,000-descriptor limit: a full cache would turn open() failures into 500s.
    open_file_cache max=8000 inactive=120s;
    client_body_temp_path $run/nginx/client_body;
    proxy_temp_path $run/nginx/proxy;
    fastcgi_temp_path $run/nginx/fastcgi;
    uwsgi_temp_path $run/nginx/uwsgi;
    scgi_temp_path $run/nginx/scgi;
    server {
        listen 127.0.0.1:$port;
        root $root;
        index index.html;
    }
}
EOF
    nginx -p "$run/nginx" -e "$run/nginx/error.log" -c "$run/nginx/nginx.conf" &
    nginx_pid=$!
    for _ in $(seq 100); do
        curl -fsS -o /dev/null "http://127.0.0.1:$port/robots.txt" 2>/dev/null && return 0
        kill -0 "$nginx_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "bench: nginx did not start; its log:" >&2
    cat "$run/nginx/error.log" >&2 || true
    exit 1
}

