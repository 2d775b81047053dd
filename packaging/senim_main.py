"""The bundle's entry point (packaging/senim.spec): the same as `senim` and `python -m desktop`."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
