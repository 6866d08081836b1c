"""`python -m basewatch` is the `basewatch` command."""

from basewatch.cli import main

main()
