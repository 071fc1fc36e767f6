"""Throughput, scaling and memory of ``factx extract`` against bare spaCy.

Run from the repository root with the project's virtualenv (see benchmarks/README.md):

    .venv/bin/python benchmarks/bench_throughput.py            # everything, about 8 minutes
    .venv/bin/python benchmarks/bench_throughput.py --quick    # CPU ratio and components only

Measurements, each in fresh subprocesses so that every figure includes the same start-up:

1. CPU time (user + system, from ``wait4``) of ``factx extract --format jsonl`` over 120 BBC
   articles (the first 24 of each category) against a bare ``nlp.pipe`` of the same spaCy
   model over the same files (read from disk the same way). Runs are interleaved and
   repeated; the minimum of each side is compared. The bare side is timed at spaCy's default
   batch size and at factx's batch size, and the faster of the two is the reference.
2. Time per factx component over the same 120 articles (in this process), to show which
   one costs what.
3. ``--jobs 1`` against ``--jobs 2`` over the whole corpus (documents per second, wall clock).
4. Peak resident memory (``ru_maxrss``) of ``factx extract`` over 100 articles and over all of
   them (the ``--jobs 1`` run of 3).
5. A ~1.3 MB article (corpus articles joined) completes, and the quotes it yields.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")

BARE = """
import sys
import spacy
nlp = spacy.load(sys.argv[1])
batch_size = int(sys.argv[2]) or nlp.batch_size
paths = open(sys.argv[3], encoding="utf-8").read().splitlines()
texts = (open(p, encoding="utf-8").read() for p in paths)
for doc in nlp.pipe(texts, batch_size=batch_size):
    pass
"""


def corpus_files(corpus: Path, per_category: int | None = None) -> list[str]:
    files: list[str] = []
    for category in CATEGORIES:
        found = sorted(str(p) for p in (corpus / category).glob("*.txt"))
        files.extend(found[:per_category] if per_category else found)
    return files


def write_list(paths: list[str], directory: str, name: str) -> str:
    listing = os.path.join(directory, name)
    Path(listing).write_text("\n".join(paths) + "\n", encoding="utf-8")
    return listing


def _busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores)."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(x) for x in handle.read().split()]
    except OSError:
        return []


def _schedstat(pid: int) -> tuple[float, float] | None:
    """(seconds on a CPU, seconds runnable but waiting for one) of a live process."""
    try:
        with open(f"/proc/{pid}/schedstat", encoding="ascii") as handle:
            run_ns, wait_ns, _ = (int(x) for x in handle.read().split())
    except (OSError, ValueError):
        return None
    return run_ns / 1e9, wait_ns / 1e9


def run(
    argv: list[str], stdout: int | None = subprocess.DEVNULL, timeout: float | None = None
) -> dict[str, float]:
    """Run a command; return its wall time, CPU time (self and reaped children), peak RSS,
    and how much the machine was shared: ``others_cpu`` (CPU seconds other processes used
    meanwhile) and ``wall_alone`` (wall time minus the time the command's busiest processes
    waited for a CPU, from /proc/PID/schedstat: an estimate of the wall time on an idle
    machine). Past ``timeout`` seconds the command is killed and TimeoutError raised."""
    waits: dict[int, float] = {}
    with tempfile.TemporaryFile() as stderr:
        busy = _busy_seconds()
        started = time.perf_counter()
        process = subprocess.Popen(argv, stdout=stdout, stderr=stderr, cwd=ROOT)
        polls = 0
        while True:  # wait4 rather than wait: it also returns the child's resource usage
            if polls % 5 == 0:
                for pid in [process.pid, *_children(process.pid)]:
                    stat = _schedstat(pid)
                    if stat is not None:
                        waits[pid] = stat[1]
            polls += 1
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                wall = time.perf_counter() - started
                busy = _busy_seconds() - busy
                break
            if timeout is not None and time.perf_counter() - started > timeout:
                process.kill()
                os.waitpid(process.pid, 0)
                raise TimeoutError(f"{' '.join(argv[:6])} ... took over {timeout:.0f} s")
            time.sleep(0.02)
        stderr.seek(0)
        errors = stderr.read()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or errors.strip():
        sys.stderr.write(errors.decode(errors="replace"))
        raise SystemExit(f"command failed ({process.returncode}): {' '.join(argv[:6])} ...")
    cpu = usage.ru_utime + usage.ru_stime
    workers = [wait for pid, wait in waits.items() if pid != process.pid]
    waited = sum(workers) / len(workers) if workers else waits.get(process.pid, 0.0)
    return {
        "wall": wall,
        "cpu": cpu,
        "maxrss_mb": usage.ru_maxrss / 1024,
        "others_cpu": max(0.0, busy - cpu),
        "wall_alone": wall - waited,
    }


def _shared(result: dict[str, float]) -> str:
    cores = os.cpu_count() or 1
    share = result["others_cpu"] / (result["wall"] * cores)
    return f"other processes used {100 * share:.0f}% of the machine meanwhile"


def factx_argv(listing: str, model: str, jobs: int = 1) -> list[str]:
    return [
        sys.executable, "-m", "factx", "extract", "--files-from", listing,
        "--format", "jsonl", "--model", model, "--jobs", str(jobs),
    ]  # fmt: skip


def cpu_ratio(listing: str, model: str, repeats: int) -> dict[str, object]:
    from factx.batch import BATCH_SIZE

    sides = {
        "bare nlp.pipe (default batch size)": [sys.executable, "-c", BARE, model, "0", listing],
        f"bare nlp.pipe (batch_size={BATCH_SIZE})": [
            sys.executable, "-c", BARE, model, str(BATCH_SIZE), listing,
        ],
        "factx extract -f jsonl": factx_argv(listing, model),
    }  # fmt: skip
    runs: dict[str, list[float]] = {name: [] for name in sides}
    for repeat in range(repeats):
        for name, argv in sides.items():  # interleaved: drift hits every side alike
            runs[name].append(run(argv)["cpu"])
        print(f"  repeat {repeat + 1}/{repeats}: " + ", ".join(
            f"{name.split(' (')[0] if 'factx' in name else name} {runs[name][-1]:.2f}s"
            for name in sides
        ), flush=True)  # fmt: skip
    best = {name: min(times) for name, times in runs.items()}
    factx_cpu = best.pop("factx extract -f jsonl")
    reference_name = min(best, key=best.__getitem__)
    return {
        "runs": runs,
        "best": {**best, "factx extract -f jsonl": factx_cpu},
        "reference": reference_name,
        "ratio": factx_cpu / best[reference_name],
        "ratio_vs_each": {name: factx_cpu / cpu for name, cpu in best.items()},
    }


def component_times(files: list[str], model: str) -> dict[str, float]:
    """Seconds per pipeline component over ``files`` (one document at a time, in process)."""
    from factx.pipeline import load

    nlp = load(model)
    texts = [Path(p).read_text(encoding="utf-8") for p in files]
    totals = {name: 0.0 for name in ["tokenizer", *nlp.pipe_names]}
    for _ in range(2):  # the first pass warms caches; keep the second
        totals = dict.fromkeys(totals, 0.0)
        for text in texts:
            started = time.process_time()
            doc = nlp.make_doc(text)
            totals["tokenizer"] += time.process_time() - started
            for name, proc in nlp.pipeline:
                started = time.process_time()
                doc = proc(doc)
                totals[name] += time.process_time() - started
    return totals


def big_article(corpus: Path, size: int, directory: str) -> str:
    parts: list[str] = []
    total = 0
    for path in corpus_files(corpus):
        text = Path(path).read_text(encoding="utf-8").strip()
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        if total >= size:
            break
    path = os.path.join(directory, "big-article.txt")
    Path(path).write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--model", default=None, help="spaCy model (default: factx's default)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="only the CPU ratio and components")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument(
        "--big-timeout", type=float, default=900, help="seconds allowed for the 1.3 MB article"
    )
    parser.add_argument("--skip", default="", help="steps to skip, e.g. '5' or '3,4'")
    args = parser.parse_args()

    from factx.pipeline import resolve_model_name

    model = resolve_model_name(args.model)
    results: dict[str, object] = {"model": model, "cpus": os.cpu_count()}
    skip = {step.strip() for step in args.skip.split(",") if step.strip()}
    with tempfile.TemporaryDirectory() as tmp:
        sample = corpus_files(args.corpus, 24)
        sample_list = write_list(sample, tmp, "sample.txt")
        if "1" not in skip:
            print(f"1. CPU time over {len(sample)} articles ({model}), {args.repeats} repeats")
            ratio = cpu_ratio(sample_list, model, args.repeats)
            results["cpu"] = ratio
            for name, cpu in ratio["best"].items():  # type: ignore[union-attr]
                print(f"   {name:40s} {cpu:7.2f} s CPU (best)")
            for name, value in ratio["ratio_vs_each"].items():  # type: ignore[union-attr]
                print(f"   ratio factx / {name}: {value:.3f}")

        if "2" not in skip:
            print(f"2. time per component (s, {len(sample)} articles, one document at a time)")
            components = component_times(sample, model)
            results["components"] = components
            total = sum(components.values())
            for name, seconds in components.items():
                print(f"   {name:18s} {seconds:6.2f}  {100 * seconds / total:5.1f}%")

        everything = corpus_files(args.corpus)
        all_list = write_list(everything, tmp, "all.txt")
        n = len(everything)
        one: dict[str, float] | None = None
        if not args.quick and "3" not in skip:
            print(f"3. --jobs over all {n} articles")
            one = run(factx_argv(all_list, model, 1))
            two = run(factx_argv(all_list, model, 2))
            speedup = one["wall"] / two["wall"]
            alone = one["wall_alone"] / two["wall_alone"]
            for jobs, result in ((1, one), (2, two)):
                print(
                    f"   --jobs {jobs}: {n / result['wall']:6.1f} docs/s ({result['wall']:.1f} s "
                    f"wall, {result['cpu']:.1f} s CPU; {_shared(result)}; without the wait "
                    f"for a CPU: {n / result['wall_alone']:.1f} docs/s)"
                )
            print(f"   speed-up: {speedup:.2f}x measured, {alone:.2f}x without the waits")
            results["jobs"] = {
                "jobs1": one,
                "jobs2": two,
                "speedup": speedup,
                "speedup_alone": alone,
                "docs": n,
            }

        if not args.quick and "4" not in skip:
            print("4. peak memory (ru_maxrss, --jobs 1)")
            first_100 = write_list(everything[:100], tmp, "first100.txt")
            hundred = run(factx_argv(first_100, model, 1))
            if one is None:
                one = run(factx_argv(all_list, model, 1))
            growth = one["maxrss_mb"] / hundred["maxrss_mb"] - 1
            print(f"   100 articles:  {hundred['maxrss_mb']:7.1f} MB")
            print(f"   {n} articles: {one['maxrss_mb']:7.1f} MB  ({100 * growth:+.1f}%)")
            results["memory"] = {"100": hundred["maxrss_mb"], str(n): one["maxrss_mb"]}

        if not args.quick and "5" not in skip:
            print("5. a 1.3 MB article")
            big = big_article(args.corpus, 1_300_000, tmp)
            text = Path(big).read_text(encoding="utf-8")
            out_path = os.path.join(tmp, "big.json")
            try:
                with open(out_path, "wb") as out:
                    argv = [
                        sys.executable,
                        "-m",
                        "factx",
                        "extract",
                        big,
                        "-f",
                        "json",
                        "-m",
                        model,
                    ]
                    big_run = run(argv, stdout=out.fileno(), timeout=args.big_timeout)
            except TimeoutError as error:
                print(f"   {len(text.encode()) / 1e6:.2f} MB: NOT COMPLETED: {error}")
                results["big"] = {"completed": False, "timeout": args.big_timeout}
            else:
                document = json.loads(Path(out_path).read_text(encoding="utf-8"))
                holds = all(text[q["start"] : q["end"]] == q["text"] for q in document["quotes"])
                print(
                    f"   {len(text.encode()) / 1e6:.2f} MB, {len(text):,} characters: "
                    f"{big_run['wall']:.1f} s wall, {big_run['cpu']:.1f} s CPU, "
                    f"{big_run['maxrss_mb']:.0f} MB peak, {len(document['quotes'])} quotes, "
                    f"{len(document['entities'])} entities, {len(document['figures'])} figures, "
                    f"offsets hold: {holds}"
                )
                results["big"] = {
                    **big_run,
                    "completed": True,
                    "bytes": len(text.encode()),
                    "quotes": len(document["quotes"]),
                    "offsets_hold": holds,
                }
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
