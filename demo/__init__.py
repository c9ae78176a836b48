"""The guided tour behind `make demo` (run it with `python -m demo`)."""
