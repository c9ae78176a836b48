"""How this package was generated (written by scripts/generate.py)."""

GENERATION = {
    "config_sha256": "bd30e50fc3ec19fc646348ca1ce435b2c1c4c14ca77cfdfc7cc76a8edd6184a2",
    "generator": "openapi-python-client",
    "generator_version": "0.29.1",
    "ruff_version": "0.17.5",
    "spec_sha256": "3e1f7379a378da56883df71090385635d2d9913e1a6bb16f7a81417a9b0e77d4",
    "spec_version": "1.0.0"
}
