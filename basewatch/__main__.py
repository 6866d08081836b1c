"""`python -m basewatch` is the `basewatch` command."""

from basewatch.cli.main import main

if __name__ == "__main__":
    main()
