"""How this package was generated (written by scripts/generate.py)."""

GENERATION = {
    "config_sha256": "bd30e50fc3ec19fc646348ca1ce435b2c1c4c14ca77cfdfc7cc76a8edd6184a2",
    "generator": "openapi-python-client",
    "generator_version": "0.29.1",
    "ruff_version": "0.17.5",
    "spec_sha256": "36334593521f3b6acc726dc855d5d3119f38f19568584a03fe85413a677be739",
    "spec_version": "1.0.0"
}
