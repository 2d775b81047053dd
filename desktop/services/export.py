"""The export use case; the files are written by desktop/exporting/ (moved there)."""

from ..exporting.writer import *  # noqa: F401,F403
from ..exporting.writer import ExportService, _Workbook  # noqa: F401
