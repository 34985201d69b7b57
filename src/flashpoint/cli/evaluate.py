"""`flashpoint eval` (placeholder until the evaluation stage lands)."""
import typer

eval_app = typer.Typer(help="Score flashpoint on gold event data.", no_args_is_help=True)
