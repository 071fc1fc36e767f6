"""``python -m factx``."""

from .cli import main

if __name__ == "__main__":
    main()
