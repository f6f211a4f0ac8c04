"""Redaction speed: this engine against bare Presidio, same model, same machine, same run.

Texts of ~200 and ~2,000 characters come from the quality benchmark's generator (planted PII, so recall is
measured on the very texts that are timed). Each engine runs in its own fresh process, so start-up time (imports
plus model load) and peak RSS are its own:

  presidio    AnalyzerEngine (full en_core_web_sm pipeline, default recognizers) + AnonymizerEngine, per text
  per-text    this engine, Redactor.redact() one text at a time
  batched     this engine, RedactionSession.redact_many() (nlp.pipe batches), one process
  pool        the same with a process pool of one worker per core

    .venv/bin/python bench/redaction.py                       # 400 short + 60 long texts, best of 3 passes
    .venv/bin/python bench/redaction.py --n-short 100 --n-long 15 --repeat 1 --engines presidio,batched  # quick
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]  # this file shadows the package


def _eval_module() -> Any:
    spec = importlib.util.spec_from_file_location("redaction_eval", _HERE / "redaction_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["redaction_eval"] = module
    spec.loader.exec_module(module)
    return module


def corpus(size: str, n: int, seed: int = 11) -> list[Any]:
    """``n`` labelled samples of about 200 (``short``) or 2,000 (``long``) characters."""
    ev = _eval_module()
    target = 200 if size == "short" else 2000
    pool = ev.generate(n * (target // 60 + 2), n, seed)
    positives = [s for s in pool if not s.negative]
    negatives = [s for s in pool if s.negative]
    out = []
    i = j = 0
    for k in range(n):
        parts: list[Any] = []
        length = 0
        while length < target - 40:
            # mostly messages with PII, one in five a negative, as a chat log carries them
            s = negatives[j % len(negatives)] if (len(parts) + k) % 5 == 4 else positives[i % len(positives)]
            if s.negative:
                j += 1
            else:
                i += 1
            parts.append(s)
            length += len(s.text) + 1
        text, planted, off = [], [], 0
        for s in parts:
            text.append(s.text)
            planted += [(c, a + off, b + off, v) for c, a, b, v in s.planted]
            off += len(s.text) + 1
        out.append(ev.Sample("\n".join(text), planted, False))
    return out


def _peak_rss_mb(pid: int) -> float:
    """Peak resident set of a live process (Linux ``VmHWM``); 0 where /proc is not available."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# --- one engine in one process -------------------------------------------------------------------------------


def _run_engine(engine: str, size: str, n: int, repeat: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    samples = corpus(size, n)
    texts = [s.text for s in samples]
    gen_secs = time.perf_counter() - t0
    t0 = time.perf_counter()
    if engine == "presidio":
        import logging

        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        from redaction.nlp import default_model_path

        logging.getLogger("tldextract").setLevel(logging.CRITICAL)
        conf = {
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": str(default_model_path())}],
        }
        analyzer = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())
        anonymizer = AnonymizerEngine()
        analyzer.analyze(text="warm up John Smith 212-555-0100", language="en")
        startup = time.perf_counter() - t0

        def run() -> list[tuple[str | None, list[tuple[str, int, int]]]]:
            out = []
            for text in texts:
                results = analyzer.analyze(text=text, language="en")
                red = anonymizer.anonymize(text=text, analyzer_results=results).text
                out.append((red, [(r.entity_type, r.start, r.end) for r in results]))
            return out

        cats = _eval_module().PRESIDIO_TO_CATEGORY
    else:
        from redaction import Redactor

        procs = (os.cpu_count() or 1) if engine == "pool" else 1
        redactor = Redactor(
            b"bench-key-0123456789abcdef", processes=procs, batch_size=32 if size == "short" else 8
        )
        redactor.redact("warm up John Smith 212-555-0100")
        if engine == "pool":  # start the workers (each loads the model) before timing
            redactor.session(b"w").redact_many(texts[: 4 * redactor.batch_size])
        startup = time.perf_counter() - t0

        def run() -> list[tuple[str | None, list[tuple[str, int, int]]]]:
            if engine == "per-text":
                results = [redactor.redact(t) for t in texts]
            else:
                results = redactor.session(b"bench").redact_many(texts)
            return [(r.text, [(e.type, e.start, e.end) for e in r.entities]) for r in results]

        cats = _eval_module().OURS_TO_CATEGORY
    secs = float("inf")
    for _ in range(repeat):  # best of N: the machine is shared, the fastest pass is the least disturbed
        t0 = time.perf_counter()
        outputs = run()
        secs = min(secs, time.perf_counter() - t0)
    workers_mb = 0.0
    if engine != "presidio":
        pool = redactor._pool
        for pid in list(getattr(pool, "_processes", None) or {}):
            workers_mb = max(workers_mb, _peak_rss_mb(pid))
        redactor.close()
    sc = _eval_module().score(samples, outputs, cats)
    chars = sum(len(t) for t in texts)
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_children = max(workers_mb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return {
        "engine": engine,
        "size": size,
        "n": len(texts),
        "avg_chars": chars / len(texts),
        "secs": secs,
        "docs_per_s": len(texts) / secs,
        "kb_per_s": chars / 1024 / secs,
        "startup_s": startup,
        "gen_s": gen_secs,
        "peak_rss_mb": rss_self,
        "peak_rss_child_mb": rss_children,
        "recall": {c: sc.caught[c] / sc.planted[c] for c in sc.planted},
        "leaks": sum(sc.leaks.values()),
        "planted": sum(sc.planted.values()),
        "caught": sum(sc.caught.values()),
    }


def _spawn(engine: str, size: str, n: int, repeat: int) -> dict[str, Any]:
    proc = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--worker",
            engine,
            size,
            str(n),
            "--repeat",
            str(repeat),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{engine}/{size} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n-short", type=int, default=400, help="~200-character texts (default 400)")
    ap.add_argument("--n-long", type=int, default=60, help="~2,000-character texts (default 60)")
    ap.add_argument("--engines", default="presidio,per-text,batched,pool")
    ap.add_argument(
        "--repeat", type=int, default=3, help="timed passes per engine; the best counts (default 3)"
    )
    ap.add_argument("--worker", nargs=3, metavar=("ENGINE", "SIZE", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        engine, size, n = args.worker
        print(json.dumps(_run_engine(engine, size, int(n), max(1, args.repeat))))
        return 0

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    print(f"cores: {os.cpu_count()}, python {sys.version.split()[0]}")
    ok = True
    for size, n in (("short", args.n_short), ("long", args.n_long)):
        if n <= 0:
            continue
        rows = [_spawn(e, size, n, max(1, args.repeat)) for e in engines]
        base = next((r for r in rows if r["engine"] == "presidio"), None)
        print(f"\n{size}: {n} texts, {rows[0]['avg_chars']:.0f} characters on average")
        print(
            f"{'engine':<10}{'docs/s':>9}{'KB/s':>9}{'× presidio':>12}{'recall':>8}{'leaks':>7}"
            f"{'start-up s':>12}{'peak RSS MB':>13}{'each worker MB':>15}"
        )
        for r in rows:
            ratio = r["docs_per_s"] / base["docs_per_s"] if base else float("nan")
            recall = r["caught"] / r["planted"]
            print(
                f"{r['engine']:<10}{r['docs_per_s']:9.1f}{r['kb_per_s']:9.1f}{ratio:12.2f}{recall:8.3f}"
                f"{r['leaks']:7d}{r['startup_s']:12.2f}{r['peak_rss_mb']:13.0f}{r['peak_rss_child_mb']:15.0f}"
            )
            if base and r["engine"] != "presidio":
                ok &= recall >= base["caught"] / base["planted"]
        if base:
            best = max(
                (r for r in rows if r["engine"] != "presidio"), key=lambda r: r["docs_per_s"], default=None
            )
            if best:
                ratio = best["docs_per_s"] / base["docs_per_s"]
                print(f"best: {best['engine']} at {ratio:.2f}× bare Presidio (target ≥ 2×)")
                ok &= ratio >= 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
