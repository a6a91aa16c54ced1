"""``python -m presse2data.cli``."""

from . import main

main()
