"""`flashpoint ingest` (placeholder until the ingest stage lands)."""
import typer


def ingest_cli(paths: list[str] = typer.Argument(...)) -> None:
    """Print cleaned articles."""
    raise typer.Exit(2)
