"""User preferences that must be known before the database opens (the interface language,
how soon an unattended journal locks itself, where a second copy of the backups goes).

Kept in settings.json in the data folder. No personal data here.
"""

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

LANGUAGES = ("system", "en", "ru", "kk")
# The journal locks itself after this many idle minutes. There is no "never": it holds
# children's case notes, and a school computer is left unattended between lessons.
AUTO_LOCK_MIN, AUTO_LOCK_MAX, AUTO_LOCK_DEFAULT = 1, 120, 5
log = logging.getLogger(__name__)


def check_auto_lock_minutes(value) -> int:
    """The idle minutes before the journal locks itself, or ValueError."""
    if isinstance(value, bool) or not isinstance(value, int) \
            or not AUTO_LOCK_MIN <= value <= AUTO_LOCK_MAX:
        raise ValueError(f"auto-lock minutes must be a whole number from {AUTO_LOCK_MIN} "
                         f"to {AUTO_LOCK_MAX}, not {value!r}")
    return value


@dataclass
class Settings:
    language: str = "system"
    auto_lock_minutes: int = AUTO_LOCK_DEFAULT
    # A second folder for backups (a USB stick); "" for none. The data folder's backups/
    # always gets one too (desktop/backups.py).
    backup_dir: str = ""
    # The folder each kind of file was last saved in or opened from ("pdf", "export", …;
    # views/widgets/file_dialogs.py): where its dialog opens next time.
    last_folders: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_auto_lock_minutes(self.auto_lock_minutes)

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
        if not isinstance(raw, dict):
            log.warning("settings.json is not an object; using defaults")
            return s
        if raw.get("language") in LANGUAGES:
            s.language = raw["language"]
        if "auto_lock_minutes" in raw:
            try:
                s.auto_lock_minutes = check_auto_lock_minutes(raw["auto_lock_minutes"])
            except ValueError:
                log.warning("settings.json: auto_lock_minutes is not %d to %d; using %d",
                            AUTO_LOCK_MIN, AUTO_LOCK_MAX, AUTO_LOCK_DEFAULT)
        backup_dir = raw.get("backup_dir", "")
        if isinstance(backup_dir, str) and "\x00" not in backup_dir:
            s.backup_dir = backup_dir.strip()
        else:
            log.warning("settings.json: backup_dir is not a folder name; none used")
        folders = raw.get("last_folders", {})
        if isinstance(folders, dict):
            s.last_folders = {k: v for k, v in folders.items() if isinstance(k, str)
                              and isinstance(v, str) and v and "\x00" not in v}
        else:
            log.warning("settings.json: last_folders is not an object; none used")
        return s

    def save(self, data_dir: Path) -> None:
        check_auto_lock_minutes(self.auto_lock_minutes)
        path = data_dir / "settings.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)
