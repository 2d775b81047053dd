"""Extract every translatable string from desktop/ into resources/translations/*.ts.

Existing translations are kept; new strings arrive as "unfinished" for a translator
(Qt Linguist: `.venv/bin/pyside6-linguist resources/translations/senim_kk.ts`).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ru", "kk")


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    for lang in LANGUAGES:
        ts = f"resources/translations/senim_{lang}.ts"
        subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", lang, *sources, "-ts", ts], cwd=ROOT, check=True)
        print(f"updated {ts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
