"""How this package was generated (written by scripts/generate.py)."""

GENERATION = {
    "config_sha256": "bd30e50fc3ec19fc646348ca1ce435b2c1c4c14ca77cfdfc7cc76a8edd6184a2",
    "generator": "openapi-python-client",
    "generator_version": "0.29.1",
    "ruff_version": "0.17.5",
    "spec_sha256": "ed7d5c7f4825dee0eaa7d673d0fd8e65580764d0a5c21032b90d2fa0ff0e0033",
    "spec_version": "1.0.0"
}
