"""User preferences that must be known before the database opens (the interface language).

Kept in settings.json in the data folder. No personal data here.
"""

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

LANGUAGES = ("system", "en", "ru", "kk")
log = logging.getLogger(__name__)


@dataclass
class Settings:
    language: str = "system"

    @classmethod
    def load(cls, data_dir: Path) -> "Settings":
        path = data_dir / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            log.warning("settings.json unreadable; using defaults")
            return cls()
        s = cls()
        if raw.get("language") in LANGUAGES:
            s.language = raw["language"]
        return s

    def save(self, data_dir: Path) -> None:
        path = data_dir / "settings.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)
