"""`flashpoint articles` (placeholder until the ingest stage lands)."""
import typer


def articles_cli(paths: list[str] = typer.Argument(...)) -> None:
    """Print cleaned articles."""
    raise typer.Exit(2)
