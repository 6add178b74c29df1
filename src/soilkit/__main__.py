"""`python -m soilkit …`: the same command line as the `soilkit` script (for profilers and
environments where the console script is not on PATH)."""

from soilkit.cli import main

main()
