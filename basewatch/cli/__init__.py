"""The `basewatch` command (typer): the top layer; nothing imports it."""
