"""``python -m systeem``: see :mod:`systeem.cli`."""

import sys

from systeem.cli import main

if __name__ == "__main__":
    sys.exit(main())
