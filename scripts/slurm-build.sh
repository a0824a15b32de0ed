#!/bin/sh
# The sharded map/reduce path on a Slurm cluster: a job array runs `timeline extract --shard I/K`
# (one task per shard, claim records into the work folder), then `timeline merge` builds the
# timeline from the records: the same bytes one `timeline build CORPUS` gives.
#
# Usage: scripts/slurm-build.sh [--shards K] [--bin TIMELINE] [--work DIR] [--partition P]
#                               [--cpus N] CORPUS [-- MERGE-OPTIONS...]
#   --shards K     array tasks (default 4)
#   --bin PATH     the timeline binary (default: build/release, else build/dev, else `timeline`)
#   --work DIR     records and logs; on a real cluster a folder every node sees (default: a temp dir)
#   --partition P  the partition to submit to (default: the cluster's default)
#   --cpus N       CPUs per task, passed to extract as --jobs (default 1)
#   MERGE-OPTIONS  options of `timeline merge` (-f FORMAT, -o FILE, --since …); default: text on stdout
#
# A cluster that answers `scontrol ping` is used as it is. Otherwise (and when run as root) the
# script starts a single-node cluster on this machine in a private state folder (its own munged
# and key, slurmctld and slurmd on free ports, no cgroups), and stops those daemons when it ends.
# Exit codes: those of `timeline merge`; 1 when a task failed; 77 when Slurm is not installed or
# no cluster can be started (the reason is printed).
set -eu

shards=4 bin="" work="" partition="" cpus=1
root=$(cd "$(dirname "$0")/.." && pwd)
while [ $# -gt 0 ]; do
  case $1 in
    --shards) shards=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --partition) partition=$2; shift 2 ;;
    --cpus) cpus=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) break ;;
    -*) echo "slurm-build: unknown option $1" >&2; exit 2 ;;
    *) [ -z "${corpus:-}" ] || { echo "slurm-build: one corpus folder only" >&2; exit 2; }; corpus=$1; shift ;;
  esac
done
[ "${1:-}" = "--" ] && shift
[ -n "${corpus:-}" ] || { echo "slurm-build: usage: slurm-build.sh [options] CORPUS [-- MERGE-OPTIONS...]" >&2; exit 2; }
[ -e "$corpus" ] || { echo "slurm-build: $corpus: no such file or folder" >&2; exit 2; }
case $shards in ''|*[!0-9]*|0) echo "slurm-build: --shards needs a positive number" >&2; exit 2 ;; esac
if [ -z "$bin" ]; then
  for b in "$root/build/release/src/timeline" "$root/build/dev/src/timeline"; do
    [ -x "$b" ] && { bin=$b; break; }
  done
  [ -n "$bin" ] || bin=$(command -v timeline || true)
fi
[ -n "$bin" ] && [ -x "$bin" ] || { echo "slurm-build: no timeline binary (build it, or give --bin)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
# The corpus as given (document ids are paths relative to it), run from its parent folder.
corpus_dir=$(cd "$(dirname "$corpus")" && pwd)
corpus_name=$(basename "$corpus")

skip() {
  echo "slurm-build: SKIPPED: $*" >&2
  exit 77
}
for tool in sbatch scontrol sinfo; do
  command -v "$tool" >/dev/null 2>&1 || skip "Slurm is not installed ($tool missing; apt-get install slurm-wlm munge)"
done

own_work=""
if [ -z "$work" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/timeline-slurm.XXXXXX")
  own_work=$work
fi
mkdir -p "$work"
work=$(cd "$work" && pwd)
state=""

stop_cluster() {
  [ -n "$state" ] || return 0
  # Only the daemons this script started, by the pids they wrote.
  for daemon in slurmd slurmctld munged; do
    pidfile="$state/$daemon.pid"
    [ -s "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || continue
    n=0
    while kill -0 "$pid" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
    kill -9 "$pid" 2>/dev/null || true
  done
}
cleanup() {
  status=$?
  stop_cluster
  if [ -n "$own_work" ]; then
    [ "$status" -eq 0 ] || [ "$status" -eq 77 ] || { echo "slurm-build: logs of the failed run:" >&2; tail -n 20 "$work"/*.log >&2 2>/dev/null || true; }
    rm -rf "$own_work"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_cluster() {
  [ "$(id -u)" -eq 0 ] || skip "no Slurm cluster answers 'scontrol ping' and starting one needs root"
  for tool in munged slurmctld slurmd python3; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || skip "$tool is not installed"
  done
  state=$work/slurm
  mkdir -p "$state/ctld" "$state/spool"
  chmod 700 "$state"
  host=$(hostname)
  dd if=/dev/urandom of="$state/munge.key" bs=1024 count=1 2>/dev/null
  chmod 400 "$state/munge.key"
  PATH=$PATH:/usr/sbin
  munged --force --socket="$state/munge.socket" --key-file="$state/munge.key" --pid-file="$state/munged.pid" \
    --log-file="$state/munged.log" --seed-file="$state/munged.seed" \
    || skip "munged did not start ($(tail -n 3 "$state/munged.log" 2>/dev/null))"
  cat >"$state/slurm.conf" <<CONF
# A single-node cluster for one run of scripts/slurm-build.sh (removed when it ends).
ClusterName=timeline
SlurmctldHost=$host(127.0.0.1)
SlurmUser=$(id -un)
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
AuthType=auth/munge
AuthInfo=socket=$state/munge.socket
CredType=cred/munge
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/spool
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
SlurmdTimeout=30
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=timeline Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$state/slurm.conf"
  slurmctld -f "$SLURM_CONF" || skip "slurmctld did not start ($(tail -n 3 "$state/slurmctld.log" 2>/dev/null))"
  slurmd -f "$SLURM_CONF" -N "$host" || skip "slurmd did not start ($(tail -n 3 "$state/slurmd.log" 2>/dev/null))"
  n=0
  until sinfo -h -N -o %T 2>/dev/null | grep -q '^idle'; do
    n=$((n + 1))
    [ $n -le 120 ] || skip "the local cluster did not come up in 60 s ($(tail -n 3 "$state/slurmctld.log" "$state/slurmd.log" 2>/dev/null | tr '\n' ' '))"
    sleep 0.5
  done
  echo "slurm-build: started a single-node cluster on $host ($(nproc) CPUs; state in $state)" >&2
}

if scontrol ping >/dev/null 2>&1 && scontrol ping 2>/dev/null | grep -q 'UP'; then
  echo "slurm-build: using the configured cluster ($(scontrol ping 2>/dev/null | head -n 1))" >&2
else
  start_cluster
fi

# The map step: one array task per shard, each writing its claim records.
cat >"$work/extract.sbatch" <<JOB
#!/bin/sh
#SBATCH --job-name=timeline-extract
#SBATCH --cpus-per-task=$cpus
#SBATCH --output=$work/extract-%a.log
cd "$corpus_dir" || exit 1
exec "$bin" extract "$corpus_name" --quiet --jobs $cpus --shard "\$SLURM_ARRAY_TASK_ID/$shards" \\
  -o "$work/claims-\$SLURM_ARRAY_TASK_ID.jsonl"
JOB
if ! sbatch --array="0-$((shards - 1))" --wait --quiet ${partition:+--partition="$partition"} "$work/extract.sbatch" >"$work/sbatch.log" 2>&1; then
  echo "slurm-build: the extract job array failed:" >&2
  cat "$work/sbatch.log" >&2
  exit 1
fi
i=0
while [ $i -lt "$shards" ]; do
  [ -f "$work/claims-$i.jsonl" ] || { echo "slurm-build: shard $i wrote no records (see $work/extract-$i.log)" >&2; exit 1; }
  i=$((i + 1))
done
echo "slurm-build: $shards shard(s) extracted; merging" >&2

# The reduce step: the records of every shard into one timeline.
records=""
i=0
while [ $i -lt "$shards" ]; do
  records="$records $work/claims-$i.jsonl"
  i=$((i + 1))
done
# shellcheck disable=SC2086
"$bin" merge $records "$@"
