validate tests/golden/diagnostics --format sarif
