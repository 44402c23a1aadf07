# Sourced by the benches that run the host in Production, which refuses to start without a certificate for its Data
# Protection keys (ADR 0028): a throwaway self-signed one in the bench's work directory, named in the environment.
# Usage: . build/bench/certificaat.sh; bench_certificaat "$WORK_DIR"
bench_certificaat() {
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=nsd-bench" \
    -keyout "$1/dp.key" -out "$1/dp.crt" >/dev/null 2>&1
  openssl pkcs12 -export -inkey "$1/dp.key" -in "$1/dp.crt" -out "$1/dp.pfx" -passout pass:bench >/dev/null 2>&1
  export DataProtection__Certificaat="$1/dp.pfx" DataProtection__CertificaatWachtwoord=bench
}
