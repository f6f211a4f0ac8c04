"""Redaction speed: this engine against bare Presidio, same model, same machine, same run.

Texts of ~200 and ~2,000 characters come from the quality benchmark's generator (planted PII, so recall is
measured on the very texts that are timed). Start-up time (imports plus model load), peak RSS, recall and leaks
come from one fresh process per engine; throughput from one process holding all engines, timed in interleaved
rounds (best pass of each), so a busy machine slows every engine alike:

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


# --- engines ----------------------------------------------------------------------------------------------------

Outputs = list[tuple[str | None, list[tuple[str, int, int]]]]


class Engine:
    """One engine built for one size; ``run()`` processes the texts once; ``close()`` reports worker RSS."""

    def __init__(self, name: str, size: str, texts: list[str]) -> None:
        self.name = name
        self.texts = texts
        self.redactor: Any = None
        t0 = time.perf_counter()
        if name == "presidio":
            self.analyzer, self.anonymizer = _eval_module().bare_presidio()
            self.analyzer.analyze(text="warm up John Smith 212-555-0100", language="en")
            self.cats = _eval_module().PRESIDIO_TO_CATEGORY
        else:
            from redaction import Redactor

            procs = (os.cpu_count() or 1) if name == "pool" else 1
            self.redactor = Redactor(
                b"bench-key-0123456789abcdef", processes=procs, batch_size=32 if size == "short" else 8
            )
            self.redactor.redact("warm up John Smith 212-555-0100")
            if name == "pool":  # start the workers (each loads the model) before timing
                self.redactor.session(b"w").redact_many(texts[: 4 * self.redactor.batch_size])
            self.cats = _eval_module().OURS_TO_CATEGORY
        self.startup = time.perf_counter() - t0

    def run(self) -> Outputs:
        if self.name == "presidio":
            out: Outputs = []
            for text in self.texts:
                results = self.analyzer.analyze(text=text, language="en")
                red = self.anonymizer.anonymize(text=text, analyzer_results=results).text
                out.append((red, [(r.entity_type, r.start, r.end) for r in results]))
            return out
        if self.name == "per-text":
            results = [self.redactor.redact(t) for t in self.texts]
        else:
            results = self.redactor.session(b"bench").redact_many(self.texts)
        return [(r.text, [(e.type, e.start, e.end) for e in r.entities]) for r in results]

    def close(self) -> float:
        """Stop the pool; the largest worker peak RSS in MB (0 without a pool)."""
        if self.redactor is None:
            return 0.0
        pool = self.redactor._pool
        mb = max((_peak_rss_mb(pid) for pid in list(getattr(pool, "_processes", None) or {})), default=0.0)
        self.redactor.close()
        return mb


def _isolated(engine: str, size: str, n: int) -> dict[str, Any]:
    """In a fresh process: start-up, one pass (recall, leaks) and peak RSS of one engine."""
    samples = corpus(size, n)
    eng = Engine(engine, size, [s.text for s in samples])
    outputs = eng.run()
    workers_mb = eng.close()
    sc = _eval_module().score(samples, outputs, eng.cats)
    return {
        "engine": engine,
        "startup_s": eng.startup,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss_mb": workers_mb,
        "leaks": sum(sc.leaks.values()),
        "planted": sum(sc.planted.values()),
        "caught": sum(sc.caught.values()),
    }


def _throughput(engines: list[str], size: str, n: int, repeat: int) -> dict[str, Any]:
    """All engines in one process, passes interleaved round by round; the best pass of each counts."""
    texts = [s.text for s in corpus(size, n)]
    built = [Engine(e, size, texts) for e in engines]
    best = {e: float("inf") for e in engines}
    for _ in range(repeat):
        for eng in built:
            t0 = time.perf_counter()
            eng.run()
            best[eng.name] = min(best[eng.name], time.perf_counter() - t0)
    for eng in built:
        eng.close()
    chars = sum(len(t) for t in texts)
    return {"avg_chars": chars / len(texts), "secs": best, "chars": chars, "n": len(texts)}


def _spawn(*args: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{args} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n-short", type=int, default=400, help="~200-character texts (default 400)")
    ap.add_argument("--n-long", type=int, default=60, help="~2,000-character texts (default 60)")
    ap.add_argument("--engines", default="presidio,per-text,batched,pool")
    ap.add_argument(
        "--repeat", type=int, default=3, help="interleaved timed rounds; the best pass counts (default 3)"
    )
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        kind, *rest = args.worker
        if kind == "isolated":
            engine, size, n = rest
            print(json.dumps(_isolated(engine, size, int(n))))
        else:
            size, n, repeat, *engines = rest
            print(json.dumps(_throughput(engines, size, int(n), int(repeat))))
        return 0

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    print(f"cores: {os.cpu_count()}, python {sys.version.split()[0]}, load average {os.getloadavg()[0]:.1f}")
    ok = True
    for size, n in (("short", args.n_short), ("long", args.n_long)):
        if n <= 0:
            continue
        iso = {e: _spawn("isolated", e, size, str(n)) for e in engines}
        thr = _spawn("throughput", size, str(n), str(max(1, args.repeat)), *engines)
        base = thr["secs"].get("presidio")
        print(f"\n{size}: {n} texts, {thr['avg_chars']:.0f} characters on average")
        print(
            f"{'engine':<10}{'docs/s':>9}{'KB/s':>9}{'× presidio':>12}{'recall':>8}{'leaks':>7}"
            f"{'start-up s':>12}{'peak RSS MB':>13}{'each worker MB':>16}"
        )
        for e in engines:
            secs = thr["secs"][e]
            ratio = base / secs if base else float("nan")
            r = iso[e]
            recall = r["caught"] / r["planted"]
            print(
                f"{e:<10}{n / secs:9.1f}{thr['chars'] / 1024 / secs:9.1f}{ratio:12.2f}{recall:8.3f}"
                f"{r['leaks']:7d}{r['startup_s']:12.2f}{r['peak_rss_mb']:13.0f}{r['worker_rss_mb']:16.0f}"
            )
            if base and e != "presidio":
                ok &= recall >= iso["presidio"]["caught"] / iso["presidio"]["planted"]
        if base:
            others = [e for e in engines if e != "presidio"]
            if others:
                fastest = min(others, key=lambda e: thr["secs"][e])
                ratio = base / thr["secs"][fastest]
                print(f"fastest: {fastest} at {ratio:.2f}× bare Presidio (target ≥ 2×)")
                ok &= ratio >= 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
