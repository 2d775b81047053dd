"""The PyInstaller bundle's start against the same start from source, in one run:
`make bench-bundle` (after `make package`), or `.venv/bin/python bench/bundle_start.py`.

Both start on the same small demo journal (made first in a temporary folder) with
--bench-startup, offscreen, alternating bundle and source so that drift hits both alike:
process start -> first window painted (the sign-in panel), and -> the journal shown after
signing in. The first launch of each is reported apart (nearest to a cold start: the
bundle's files were not read since it was built), then the medians of the rest. Prints
the ratios and the bundle's size on disk. A benchmark, not a test: it reports, never fails
on a figure.

Options: --runs N (default 5), --bundle PATH (default dist/senim/senim).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Launch, launch, median, ROOT  # noqa: E402 - bench/common.py

BUNDLE = ROOT / "dist" / "senim" / "senim"


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files under `folder`."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def make_demo(data_dir: Path) -> None:
    # lazy: loaded by the measure that needs it; the others' times and memory leave it out
    from desktop.vault import DEMO_PASSWORD, DEMO_USER

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SENIM_USER=DEMO_USER,
               SENIM_PASSWORD=DEMO_PASSWORD)
    subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "demo",
                    "--pupils", "200", "--records", "1000", "--seed", "1"],
                   cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def _fmt(value: float | None) -> str:
    return f"{value:.3f} s" if value is not None else "-"


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}x" if a is not None and b else "-"


def _row(measure: str, bundle: float | None, source: float | None) -> str:
    return f"{measure:<34} {_fmt(bundle):>10} {_fmt(source):>10} {_ratio(bundle, source):>8}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        print(f"no bundle at {args.bundle}: run `make package` first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="senim-bundle-bench-") as tmp:
        data_dir = Path(tmp) / "demo"
        make_demo(data_dir)
        flags = ["--data-dir", str(data_dir), "--bench-startup"]
        bundle_cmd = [str(args.bundle), *flags]
        source_cmd = [sys.executable, "-m", "desktop", *flags]
        runs: dict[str, list[Launch]] = {"bundle": [], "source": []}
        for i in range(args.runs + 1):  # the first of each: the cold-ish start
            for name, cmd in (("bundle", bundle_cmd), ("source", source_cmd)):
                result = launch(cmd)
                if result.reported is None:
                    tail = "\n".join(result.stderr.strip().splitlines()[-5:])
                    print(f"{name} printed no 'first-window-shown' (exit {result.code})\n{tail}",
                          file=sys.stderr)
                    return 1
                runs[name].append(result)
                print(f"run {i}: {name} first window {result.reported:.3f} s, journal "
                      f"{_fmt(result.journal)}, {result.rss_mb or 0:.0f} MB", flush=True)
    size, files = folder_size(args.bundle.parent)
    first = {name: r[0] for name, r in runs.items()}
    rest = {name: r[1:] for name, r in runs.items()}
    print()
    print(f"{'measure':<34} {'bundle':>10} {'source':>10} {'ratio':>8}")
    print(_row("first window, first launch", first["bundle"].reported, first["source"].reported))
    print(_row(f"first window, median of {args.runs}",
               median(r.reported for r in rest["bundle"]),
               median(r.reported for r in rest["source"])))
    print(_row(f"journal shown, median of {args.runs}",
               median(r.journal for r in rest["bundle"]),
               median(r.journal for r in rest["source"])))
    peak = {name: max((r.rss_mb or 0) for r in r_) for name, r_ in runs.items()}
    print(f"{'peak memory (worst run)':<34} {peak['bundle']:>7.0f} MB {peak['source']:>7.0f} MB")
    print(f"bundle size: {size / 2**20:.0f} MiB in {files} files ({args.bundle.parent})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
