"""A local emulator of the Mistral Workflows Executions API (see the emulator issue)."""
