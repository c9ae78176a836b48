"""How this package was generated (written by scripts/generate.py)."""

GENERATION = {
    "config_sha256": "bd30e50fc3ec19fc646348ca1ce435b2c1c4c14ca77cfdfc7cc76a8edd6184a2",
    "generator": "openapi-python-client",
    "generator_version": "0.29.1",
    "ruff_version": "0.17.5",
    "spec_sha256": "96f8e57485f98e0431f2857211db04b3f1a77962de2d21d601cb4bfd7bc5d789",
    "spec_version": "1.0.0",
    "templates_sha256": "db9297a835beeb4d920fd41dced444842e293ac391208b5f8966c22d8c5d4bb7"
}
