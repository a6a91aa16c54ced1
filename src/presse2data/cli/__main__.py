"""``python -m presse2data.cli``."""

from . import main

if __name__ == "__main__":  # importing the module (a test walking the package) runs nothing
    main()
