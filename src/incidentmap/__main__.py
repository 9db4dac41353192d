"""``python -m incidentmap`` runs the command line."""

from .cli import main

main()
