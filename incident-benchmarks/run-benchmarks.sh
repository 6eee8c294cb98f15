#!/usr/bin/env bash
# Runs incidentkit's JMH benchmarks and writes the Markdown table of the results.
#
#   incident-benchmarks/run-benchmarks.sh [--full] [--out FILE] [REGEX]
#
#   --full      proper settings (2 forks, 5 × 2 s warmup, 5 × 2 s measurement): about an hour for everything
#   --out FILE  where the Markdown table goes (default: incident-benchmarks/target/benchmarks.md)
#   REGEX       only the benchmarks whose name matches it, as JMH reads it (e.g. 'LifecycleBenchmark')
#
# By default the settings are short (1 fork, 2 × 1 s warmup, 3 × 700 ms measurement): every benchmark in
# under ten minutes on two cores, good for a rough look, not for numbers to publish. Allocation is
# measured with -prof gc. With INCIDENTKIT_POSTGRES_URL set, the JDBC benchmarks run on PostgreSQL too.
# JAVA_OPTS, if set, goes to the JVM that runs JMH, and JMH hands that JVM's options on to the forks it
# measures, so keep it to harness settings such as -Djmh.ignoreLock=true. The memory measurement runs only
# when no REGEX is given.
# Works from any directory; the raw results stay in incident-benchmarks/target/jmh-result.json.
set -euo pipefail

started=$SECONDS
module=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$module")

usage() {
    sed -n '2,14s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

full=false
out="$module/target/benchmarks.md"
regex=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --full) full=true ;;
        --out)
            [[ $# -ge 2 ]] || { echo "--out needs a file" >&2; exit 2; }
            out=$2
            shift ;;
        --out=*) out=${1#--out=} ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
        *)
            [[ -z "$regex" ]] || { echo "only one REGEX, got '$regex' and '$1'" >&2; exit 2; }
            regex=$1 ;;
    esac
    shift
done
# --out is read from where the script was called, not from the module.
[[ "$out" == /* ]] || out="$PWD/$out"

if $full; then
    settings=(-f 2 -wi 5 -w 2s -i 5 -r 2s)
else
    settings=(-f 1 -wi 2 -w 1s -i 3 -r 700ms)
fi
params=()
if [[ -n "${INCIDENTKIT_POSTGRES_URL:-}" ]]; then
    params=(-p database=h2,postgresql)
fi

echo "Building incident-benchmarks ..."
(cd "$repo" && ./mvnw -q -B -ntp package -DskipTests -pl incident-benchmarks -am)

cd "$module"
classpath="target/classes:$(cat target/classpath.txt)"
result=target/jmh-result.json
rm -f "$result"

echo "Running the benchmarks: ${settings[*]} -prof gc ${params[*]} ${regex:-(all)}"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} -cp "$classpath" org.openjdk.jmh.Main "${settings[@]}" -prof gc ${params[@]+"${params[@]}"} \
    -rf json -rff "$result" ${regex:+"$regex"}
[[ -s "$result" ]] || { echo "JMH wrote no results to $module/$result" >&2; exit 1; }

memory=()
if [[ -z "$regex" && -f target/classes/dev/incidentkit/benchmarks/Footprint.class ]]; then
    echo "Measuring the memory footprint ..."
    rm -f target/footprint.md
    java -Xmx1g -cp "$classpath" dev.incidentkit.benchmarks.Footprint target/footprint.md
    memory=(--memory target/footprint.md)
fi

java -cp "$classpath" dev.incidentkit.benchmarks.ResultsTable --date "$(date +%F)" ${memory[@]+"${memory[@]}"} "$result" "$out"

elapsed=$((SECONDS - started))
echo "Results table: $out"
echo "Raw results:   $module/$result"
printf 'Elapsed: %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
