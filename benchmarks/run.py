"""Benchmark incidentmap on a synthetic corpus built from the real reports.

The corpus is made at run time from the real reports (the shared seeds and dev sets, the
bundled example and the project's own annotated reports): whole reports, drawn in a seeded
shuffled order, each with a new ``doc_id``, until the wanted number of megabytes (10^6
bytes of UTF-8 report text) is reached. Nothing of it is stored in the repository.

For each size it measures, each in a fresh process so that peak memory is per size:

* geoparsing (extraction + roles + resolution, ``geoparse_report``) on one
  core, without reading or writing files: MB/s, and peak RSS once with the results thrown
  away (the working memory) and once with every result kept, as ``build`` keeps them;
* geotext (the usual offline baseline) on the same texts, for speed;
* the scan floor: only the passes geoparsing cannot do without (folding, the automaton
  scan of the full gazetteer, the sentence split), an upper bound of its rate;
* the end-to-end ``build`` on the corpus written as JSONL files: time (imports apart),
  the stages of ``run.json``, peak RSS, output sizes;
* at ``--parallel-sizes``: ``build --workers N`` and ``build --scheduler local`` against
  the single-process build, with a check that the outputs are byte-identical.

Then the ``build`` of the bundled example (cold and warm gazetteer cache) and quality on
the gold sets (``incidentmap.eval``), with geotext scored on the same gold for comparison.
Medians over ``--repeat`` runs; ratios against the smallest size and against geotext.

Usage (see benchmarks/README.md)::

    python benchmarks/run.py --sizes 1,10,100
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "balochistan-2026-01-31"
OWN = REPO / "tests" / "data" / "own"
MB = 1_000_000
#: JSONL files of the written corpus are cut at about this many bytes.
FILE_BYTES = 8 * MB
#: From this size on, geoparsing is timed ``--large-repeat`` times (default once).
LARGE_MB = 50
OUTPUTS = ("incidents.geojson", "districts.geojson", "mentions.csv", "mentions.parquet",
           "events.csv", "claims.csv", "map.html", "run.json")  # fmt: skip
COMPARED = tuple(name for name in OUTPUTS if name != "run.json")


def shared_dir() -> Path:
    """The shared corpus folder: ``$INCIDENTMAP_SHARED``, default ``../shared``."""
    return Path(os.environ.get("INCIDENTMAP_SHARED", REPO.parent / "shared"))


def source_dirs() -> list[Path]:
    """Folders of real reports the synthetic corpus is drawn from."""
    shared = shared_dir() / "corpus"
    dirs = [shared / "seeds", shared / "dev", EXAMPLE, OWN]
    return [d for d in dirs if d.is_dir()]


def gold_sets() -> list[tuple[str, Path, Path]]:
    """(name, gold file, report folder) for every gold set available."""
    shared = shared_dir() / "corpus"
    sets = [
        ("seeds", shared / "gold" / "seeds.gold.json", shared / "seeds"),
        ("dev", shared / "gold" / "dev.gold.json", shared / "dev"),
        ("example", EXAMPLE / "example.gold.json", EXAMPLE),
        ("own", OWN / "own.gold.json", OWN),
    ]
    return [s for s in sets if s[1].is_file() and s[2].is_dir()]


def real_reports() -> list[Any]:
    """The real reports, read with incidentmap's own reader."""
    from incidentmap.sources import reports_from_paths

    reports, _ = reports_from_paths(source_dirs())
    if not reports:
        sys.exit(f"no reports found under {shared_dir()} (set INCIDENTMAP_SHARED)")
    return list(reports)


def synthetic_reports(pool: Sequence[Any], size: int, seed: int = 0) -> Iterator[Any]:
    """Yield reports drawn from ``pool`` until ``size`` bytes of text are reached.

    Each round goes through the pool in a new seeded order; every report gets a new
    ``doc_id``. The texts are the pool's own string objects, so the corpus costs no memory.
    """
    rng = random.Random(seed)
    sizes = [len(r.text.encode("utf-8")) for r in pool]
    order = list(range(len(pool)))
    done = 0
    number = 0
    while done < size:
        rng.shuffle(order)
        for i in order:
            if done >= size:
                return
            number += 1
            yield replace(pool[i], doc_id=f"syn-{number:07d}", path=f"synthetic/{number}")
            done += sizes[i]


def corpus_bytes(reports: Sequence[Any]) -> int:
    """UTF-8 bytes of report text."""
    return sum(len(r.text.encode("utf-8")) for r in reports)


def max_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB


# --- children: each runs in its own process and prints one JSON line -------------------


def child_geoparse(size: int, repeat: int, seed: int) -> dict[str, Any]:
    """Geoparse the synthetic corpus on one core; time and peak memory, no file I/O."""
    from incidentmap.geocode import load_gazetteer
    from incidentmap.pipeline import geoparse_report

    pool = real_reports()
    gazetteer = load_gazetteer()
    for report in pool:  # warm-up: caches, lazily compiled regexes
        geoparse_report(report, gazetteer)
    baseline = max_rss_mb()
    passes = []
    working = baseline
    for rep in range(repeat + 1):
        keep = rep > 0  # the first pass throws results away: working memory only
        results: dict[str, Any] = {}
        n_reports = n_mentions = 0
        clock, cpu = time.perf_counter(), time.process_time()
        for report in synthetic_reports(pool, size, seed):
            resolved = geoparse_report(report, gazetteer)
            n_reports += 1
            n_mentions += len(resolved)
            if keep:
                results[report.doc_id] = resolved
        seconds, cpu = time.perf_counter() - clock, time.process_time() - cpu
        if not keep:
            working = max_rss_mb()
        passes.append({"seconds": seconds, "cpu": cpu, "kept_results": keep})
        del results
    text_bytes = sum(len(r.text.encode("utf-8")) for r in synthetic_reports(pool, size, seed))
    return {
        "bytes": text_bytes,
        "reports": n_reports,
        "mentions": n_mentions,
        "passes": passes,
        "rss_baseline_mb": baseline,
        "rss_working_mb": working,
        "rss_with_results_mb": max_rss_mb(),
    }


def child_geotext(size: int, repeat: int, seed: int) -> dict[str, Any]:
    """geotext on the same synthetic texts, one core."""
    from geotext import GeoText

    pool = real_reports()
    for report in pool:
        GeoText(report.text)
    passes = []
    found = 0
    for _ in range(repeat):
        found = 0
        clock, cpu = time.perf_counter(), time.process_time()
        for report in synthetic_reports(pool, size, seed):
            places = GeoText(report.text)
            found += len(places.cities) + len(places.countries)
        passes.append({"seconds": time.perf_counter() - clock, "cpu": time.process_time() - cpu})
    text_bytes = sum(len(r.text.encode("utf-8")) for r in synthetic_reports(pool, size, seed))
    return {"bytes": text_bytes, "found": found, "passes": passes, "rss_mb": max_rss_mb()}


def child_floor(size: int, repeat: int, seed: int) -> dict[str, Any]:
    """The passes over the text that geoparsing cannot do without, and nothing else.

    Folding, the whole-word automaton scan of the full gazetteer and the sentence split,
    each in C or nearly: what any rules written in Python start from. Its rate bounds the
    rate of geoparsing from above.
    """
    from incidentmap._text import fold, sentence_spans, spaced_words
    from incidentmap.geocode import load_gazetteer

    pool = real_reports()
    gazetteer = load_gazetteer()
    passes = []
    for _ in range(repeat):
        clock, cpu = time.perf_counter(), time.process_time()
        for report in synthetic_reports(pool, size, seed):
            folded = fold(report.text)
            for _hit in gazetteer.automaton.iter(spaced_words(folded)):
                pass
            sentence_spans(report.text)
        passes.append({"seconds": time.perf_counter() - clock, "cpu": time.process_time() - cpu})
    text_bytes = sum(len(r.text.encode("utf-8")) for r in synthetic_reports(pool, size, seed))
    return {"bytes": text_bytes, "passes": passes}


def child_build(
    sources: list[str], out: str, workers: int, scheduler: str | None, use_cache: bool
) -> dict[str, Any]:
    """``build`` in a fresh process: import time, build time, stages, peak memory, sizes."""
    clock = time.perf_counter()
    from incidentmap.options import BuildOptions
    from incidentmap.pipeline import build

    imports = time.perf_counter() - clock
    clock, cpu = time.perf_counter(), _cpu_with_children()
    result = build(
        sources, out, BuildOptions(workers=workers, scheduler=scheduler, use_cache=use_cache)
    )
    seconds, cpu = time.perf_counter() - clock, _cpu_with_children() - cpu
    rss = max_rss_mb()  # before anything else is read: run.json of 1 GB is large
    run = result.run  # its long lists are not read
    return {
        "imports": imports,
        "build": seconds,
        "cpu": cpu,
        "timings": run["timings"],
        "counts": run["counts"],
        "sizes": {name: (Path(out) / name).stat().st_size for name in OUTPUTS},
        "sha256": {name: info["sha256"] for name, info in run["outputs"].items()},
        "rss_mb": rss,
    }


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its finished children (worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_child(args: list[str], env: dict[str, str]) -> tuple[dict[str, Any], float]:
    """Run this script as a child with ``args``; return its JSON line and its wall time."""
    clock = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", *args],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - clock
    if proc.returncode != 0:
        sys.exit(f"benchmark child {args} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), wall


# --- parent -------------------------------------------------------------------------


def write_corpus(pool: Sequence[Any], size: int, seed: int, folder: Path) -> int:
    """Write the synthetic corpus as JSONL files (the SPEC's record format); return its bytes.

    The bytes are those of the report texts (UTF-8), as the sizes are counted.
    """
    folder.mkdir(parents=True, exist_ok=True)
    part = 0
    handle = None
    written = 0
    for report in synthetic_reports(pool, size, seed):
        if handle is None or handle.tell() >= FILE_BYTES:
            if handle is not None:
                handle.close()
            part += 1
            handle = (folder / f"part-{part:04d}.jsonl").open("w", encoding="utf-8")
        record = {"id": report.doc_id, "title": report.title, "url": report.url,
                  "publisher": report.publisher, "published": report.published,
                  "text": report.text}  # fmt: skip
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += len(report.text.encode("utf-8"))
    if handle is not None:
        handle.close()
    return written


def median(values: Sequence[float]) -> float:
    """Median of a non-empty sequence."""
    return float(statistics.median(values))


def quality() -> list[dict[str, Any]]:
    """incidentmap and geotext scored on every gold set (``incidentmap.eval``)."""
    from geotext import GeoText

    from incidentmap._text import fold_name
    from incidentmap.eval import Predicted, load_gold, predictions, score
    from incidentmap.options import BuildOptions
    from incidentmap.pipeline import analyse
    from incidentmap.sources import reports_from_paths

    rows = []
    for name, gold_path, folder in gold_sets():
        gold = load_gold(gold_path)
        ours = score(gold, predictions(analyse([folder], BuildOptions(max_excerpts=0)).places))
        reports, _ = reports_from_paths([folder])
        baseline: dict[str, list[Predicted]] = {}
        for report in reports:
            found = GeoText(report.text)
            names = dict.fromkeys([*found.cities, *found.countries])
            baseline[report.doc_id] = [
                Predicted(doc_id=report.doc_id, place_id=fold_name(n), name=n,
                          surfaces=frozenset({fold_name(n)}), incident=True, district=None,
                          district_current=None, confidence=1.0, factors={})
                for n in names
            ]  # fmt: skip
        theirs = score(gold, baseline)
        rows.append({
            "set": name,
            "docs": len(gold),
            "precision": ours.precision,
            "recall": ours.recall,
            "f1": ours.f1,
            "district_accuracy": ours.district_accuracy,
            "ece": ours.ece,
            "context_as_incident": len(ours.context_as_incident),
            "geotext_precision": theirs.precision,
            "geotext_recall": theirs.recall,
            "geotext_f1": theirs.f1,
        })  # fmt: skip
    return rows


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    from incidentmap import __version__

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "load": os.getloadavg()[0],
        "date": datetime.now(UTC).date().isoformat(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "incidentmap": __version__,
    }


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Run every measurement; return the raw numbers."""
    sizes = [float(s) for s in args.sizes.split(",") if s]
    parallel_sizes = {float(s) for s in args.parallel_sizes.split(",") if s}
    work = Path(tempfile.mkdtemp(prefix="incidentmap-bench-"))
    env = dict(os.environ)
    env["INCIDENTMAP_CACHE_DIR"] = str(work / "cache")
    pool = real_reports()
    results: dict[str, Any] = {
        "machine": machine(),
        "pool": {"reports": len(pool), "bytes": corpus_bytes(pool)},
        "repeat": args.repeat,
        "sizes": {},
    }
    try:
        if not args.build_only:
            results["example"] = example_builds(work, env, args.repeat)
        for size_mb in sizes:
            size = int(size_mb * MB)
            entry: dict[str, Any] = {}
            if not args.build_only:
                say(f"{size_mb:g} MB: geoparse and geotext")
                repeat = args.repeat if size_mb < LARGE_MB else args.large_repeat
                common = [str(size), str(repeat), str(args.seed)]
                entry["geoparse"], _ = run_child(["geoparse", *common], env)
                entry["geotext"], _ = run_child(["geotext", *common], env)
                entry["floor"], _ = run_child(["floor", *common], env)
            corpus = work / f"corpus-{size_mb:g}"
            entry["bytes"] = write_corpus(pool, size, args.seed, corpus)
            # The per-report cache is off, so that every build parses every report; the
            # last mode is a rebuild of the unchanged corpus from that cache.
            modes: list[tuple[str, int, str, str]] = [("1 process", 1, "", "off")]
            if size_mb in parallel_sizes:
                modes += [(f"--workers {args.workers}", args.workers, "", "off"),
                          (f"--scheduler local --workers {args.workers}", args.workers,
                           "local", "off"),
                          ("rebuild from the per-report cache", 1, "", "on")]  # fmt: skip
            entry["build"] = {}
            for label, workers, scheduler, cache in modes:
                runs = []
                if cache == "on":  # fill the cache first (not timed)
                    run_child(["build", str(work / "out"), "1", "", "on", str(corpus)], env)
                    shutil.rmtree(work / "out")
                for _ in range(args.build_repeat):
                    say(f"{size_mb:g} MB: build, {label}")
                    out = work / "out"
                    data, wall = run_child(
                        ["build", str(out), str(workers), scheduler, cache, str(corpus)], env
                    )
                    data["wall"] = wall
                    runs.append(data)
                    shutil.rmtree(out)
                entry["build"][label] = runs
            shutil.rmtree(corpus)
            results["sizes"][f"{size_mb:g}"] = entry
        if not args.build_only:
            say("quality on the gold sets")
            os.environ["INCIDENTMAP_CACHE_DIR"] = env["INCIDENTMAP_CACHE_DIR"]
            results["quality"] = quality()
        results["load_end"] = os.getloadavg()[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def example_builds(work: Path, env: dict[str, str], repeat: int) -> dict[str, Any]:
    """``build`` of the bundled example: with a cold gazetteer cache, then warm."""
    say(f"example build: cold gazetteer cache, then {repeat} warm runs")
    example = []
    for _ in range(repeat + 1):
        out = work / "example-out"
        data, wall = run_child(["build", str(out), "1", "", "off", str(EXAMPLE)], env)
        data["wall"] = wall
        example.append(data)
        shutil.rmtree(out)
    return {"cold": example[0], "warm": example[1:]}


def say(message: str) -> None:
    """Progress on stderr."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- tables -------------------------------------------------------------------------


def _mb(n: float) -> str:
    return f"{n / MB:.1f}" if n < 100 * MB else f"{n / MB:.0f}"


def tables(results: dict[str, Any]) -> str:
    """The results as Markdown tables (medians; ratios to geotext and the smallest size)."""
    m = results["machine"]
    lines = [
        f"Measured {m['date']} on {m['cpu']} ({m['cores']} cores), Python {m['python']}, "
        f"incidentmap {m['incidentmap']}; synthetic corpus drawn from "
        f"{results['pool']['reports']} real reports ({results['pool']['bytes'] / 1000:.0f} kB); "
        f"medians of {results['repeat']} runs unless said. Load average "
        f"{m['load']:.1f} at the start, {results.get('load_end', 0.0):.1f} at the end: "
        "wall times grow with other work on the machine, CPU times much less, so the "
        "per-core rates are bytes per CPU second.",
        "",
    ]
    sizes = results["sizes"]
    if any("geoparse" in entry for entry in sizes.values()):
        lines += _geoparse_table(sizes)
    lines += _build_table(sizes)
    if "example" in results:
        lines += _example_table(results["example"])
    if "quality" in results:
        lines += _quality_table(results["quality"])
    return "\n".join(lines) + "\n"


def _geoparse_table(sizes: dict[str, Any]) -> list[str]:
    lines = [
        "**Geoparsing** (extraction + roles + resolution + decision, one process, no file I/O)",
        "",
        "| corpus | reports | mentions | wall s | CPU s | MB/s per core | CPU s per MB vs smallest "
        "| geotext MB/s per core | incidentmap / geotext time | scan floor MB/s per core | runs "
        "| peak RSS working | peak RSS with results |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    first_rate = None
    for label, entry in sizes.items():
        if "geoparse" not in entry:
            continue
        g, t = entry["geoparse"], entry["geotext"]
        kept = [p for p in g["passes"] if p["kept_results"]]
        wall = median([p["seconds"] for p in kept])
        ours = median([p["cpu"] for p in kept])
        theirs = median([p["cpu"] for p in t["passes"]])
        floor = entry.get("floor")
        floor_rate = (
            f"{floor['bytes'] / MB / median([p['cpu'] for p in floor['passes']]):.2f}"
            if floor
            else "–"
        )
        per_mb = ours / (g["bytes"] / MB)
        first_rate = per_mb if first_rate is None else first_rate
        lines.append(
            f"| {label} MB | {g['reports']:,} | {g['mentions']:,} | {wall:.2f} | {ours:.2f} "
            f"| **{g['bytes'] / MB / ours:.2f}** | {per_mb / first_rate:.2f} "
            f"| {t['bytes'] / MB / theirs:.2f} | {ours / theirs:.1f} | {floor_rate} | {len(kept)} "
            f"| {g['rss_working_mb']:.0f} MB | {g['rss_with_results_mb']:.0f} MB |"
        )
    return [*lines, ""]


#: Steps of ``run.json``'s timings shown in the build table.
STEPS = ("read", "gazetteer", "geoparse", "districts", "events", "write")


def _build_table(sizes: dict[str, Any]) -> list[str]:
    lines = [
        "**End-to-end `build`** (fresh process; corpus as JSONL files; default options but "
        "the per-report cache, off except for the rebuild; CPU s counts worker processes; "
        "geoparse is reading, geoparsing, events and rows into the store, each report in "
        "turn, so read is inside it)",
        "",
        "| corpus | mode | imports s | build s | CPU s | "
        + " | ".join(STEPS)
        + " | build MB/s (wall) | peak RSS | incidents.geojson | of the text "
        "| districts.geojson | mentions.csv | mentions.parquet | events.csv | claims.csv "
        "| map.html | run.json | same outputs |",
        "|---|---|---|---|---|" + "---|" * len(STEPS) + "---|---|---|---|---|---|---|---|---|"
        "---|---|---|",
    ]
    for label, entry in sizes.items():
        size_bytes = entry.get("bytes") or entry["geoparse"]["bytes"]
        reference = None
        for mode, runs in entry["build"].items():
            best = runs[0]
            timing = {k: median([r["timings"].get(k, 0.0) for r in runs]) for k in STEPS}
            hashes = {k: best["sha256"].get(k) for k in COMPARED}
            reference = reference or hashes
            same = "yes" if hashes == reference else "**no**"
            sz = best["sizes"]
            build_s = median([r["build"] for r in runs])
            lines.append(
                f"| {label} MB | {mode} | {median([r['imports'] for r in runs]):.2f} "
                f"| {build_s:.1f} | {median([r['cpu'] for r in runs]):.1f} | "
                + " | ".join(f"{timing[k]:.2f}" for k in STEPS)
                + f" | {size_bytes / MB / build_s:.2f} "
                f"| {median([r['rss_mb'] for r in runs]):.0f} MB "
                f"| {_mb(sz['incidents.geojson'])} MB "
                f"| {sz['incidents.geojson'] / size_bytes:.0%} "
                f"| {_mb(sz['districts.geojson'])} MB | {_mb(sz['mentions.csv'])} MB "
                f"| {_mb(sz['mentions.parquet'])} MB | {_mb(sz['events.csv'])} MB "
                f"| {_mb(sz['claims.csv'])} MB | {_mb(sz['map.html'])} MB "
                f"| {_mb(sz['run.json'])} MB | {same} |"
            )
    return [*lines, ""]


def _example_table(ex: dict[str, Any]) -> list[str]:
    warm = ex["warm"]
    return [
        "**`build` of the bundled example** (7 reports)",
        "",
        "| gazetteer cache | imports s | build s (beyond imports) | build CPU s "
        "| of which gazetteer s | process wall s |",
        "|---|---|---|---|---|---|",
        f"| cold (compiled and cached) | {ex['cold']['imports']:.2f} | {ex['cold']['build']:.2f} "
        f"| {ex['cold']['cpu']:.2f} | {ex['cold']['timings']['gazetteer']:.2f} "
        f"| {ex['cold']['wall']:.2f} |",
        f"| warm (median of {len(warm)}) | {median([r['imports'] for r in warm]):.2f} "
        f"| {median([r['build'] for r in warm]):.2f} | {median([r['cpu'] for r in warm]):.2f} "
        f"| {median([r['timings']['gazetteer'] for r in warm]):.2f} "
        f"| {median([r['wall'] for r in warm]):.2f} |",
        "",
    ]


def _quality_table(quality: list[dict[str, Any]]) -> list[str]:
    lines = [
        "**Quality on the gold sets** (`incidentmap.eval`; geotext: every place it finds "
        "counted as an incident place, it has no roles or districts)",
        "",
        "| gold set | reports | incident P | R | F1 | district accuracy | ECE "
        "| context drawn as incident | geotext P | R | F1 |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for q in quality:
        lines.append(
            f"| {q['set']} | {q['docs']} | {q['precision']:.3f} | {q['recall']:.3f} "
            f"| {q['f1']:.3f} | {q['district_accuracy']:.3f} | {q['ece']:.3f} "
            f"| {q['context_as_incident']} | {q['geotext_precision']:.3f} "
            f"| {q['geotext_recall']:.3f} | {q['geotext_f1']:.3f} |"
        )
    return lines


def update_readme(text: str, readme: Path) -> None:
    """Replace the results between the markers of ``benchmarks/README.md``."""
    start, end = "<!-- results -->", "<!-- /results -->"
    content = readme.read_text(encoding="utf-8")
    before, rest = content.split(start, 1)
    _, after = rest.split(end, 1)
    readme.write_text(f"{before}{start}\n{text}{end}{after}", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: the parent run, or one child measurement (``--child``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--child"]:
        kind, *rest = argv[1:]
        if kind == "build":
            out, workers, scheduler, cache, *sources = rest
            data = child_build(sources, out, int(workers), scheduler or None, cache == "on")
        elif kind in {"geoparse", "geotext", "floor"}:
            size, repeat, seed = (int(x) for x in rest)
            child = {"geoparse": child_geoparse, "geotext": child_geotext, "floor": child_floor}
            data = child[kind](size, repeat, seed)
        else:
            sys.exit(f"unknown child {kind}")
        print(json.dumps(data))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="1,10,100", help="corpus sizes in MB, comma-separated (default 1,10,100)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="timed runs per measurement; medians are reported (default 3)",
    )
    parser.add_argument(
        "--large-repeat",
        type=int,
        default=1,
        help=f"timed runs at sizes of {LARGE_MB} MB and more (default 1)",
    )
    parser.add_argument(
        "--build-repeat",
        type=int,
        default=1,
        help="end-to-end builds per size and mode (default 1)",
    )
    parser.add_argument(
        "--parallel-sizes",
        default="10",
        help="sizes at which --workers and Dask builds are compared (default 10)",
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="processes for the parallel builds (default 2)"
    )
    parser.add_argument("--seed", type=int, default=0, help="shuffle seed (default 0)")
    parser.add_argument(
        "--build-only",
        action="store_true",
        help="only the end-to-end builds (the 1 GB run: --sizes 1000 --build-only)",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write raw numbers here")
    parser.add_argument(
        "--update-readme", action="store_true", help="write the tables into benchmarks/README.md"
    )
    parser.add_argument(
        "--from-json", type=Path, default=None, help="print the tables of an earlier --json run"
    )
    args = parser.parse_args(argv)
    if args.from_json:
        results = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        results = measure(args)
    text = tables(results)
    print(text)
    if args.json and not args.from_json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.update_readme:
        update_readme(text, Path(__file__).resolve().parent / "README.md")


if __name__ == "__main__":
    main()
